import { unified } from 'unified';
import retextEnglish from 'retext-english';
import type { Root } from 'nlcst';
import { retextDecruftSentences } from '../../src/segment/plugin.js';
import { isWhiteSpace } from '../../src/segment/characters.js';

/**
 * The reference for segmentSentences' shortcuts: one full retext-english
 * parse of `text`, corrected by `retextDecruftSentences` through a real
 * unified run, its sentence spans without their edge white space.
 */
const processor = unified().use(retextEnglish).use(retextDecruftSentences).freeze();

export function parsedSentences(text: string): { text: string; start: number; end: number }[] {
  if (!/\S/.test(text)) return []; // segmentSentences' own rule for texts of white space alone
  const tree = processor.runSync(processor.parse(text), text) as Root;
  const out: { text: string; start: number; end: number }[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      let start = sentence.position!.start.offset!;
      let end = sentence.position!.end.offset!;
      while (start < end && isWhiteSpace(text.charAt(start))) start++;
      while (end > start && isWhiteSpace(text.charAt(end - 1))) end--;
      if (end > start) out.push({ text: text.slice(start, end), start, end });
    }
  }
  return out;
}
