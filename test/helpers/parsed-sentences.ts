import { unified } from 'unified';
import retextEnglish from 'retext-english';
import type { Root } from 'nlcst';
import { retextDecruftSentences } from '../../src/segment/plugin.js';

/**
 * The reference for segmentSentences' shortcuts: one full retext-english
 * parse of `text`, corrected by `retextDecruftSentences` through a real
 * unified run, its sentence spans without their edge white space.
 */
const processor = unified().use(retextEnglish).use(retextDecruftSentences).freeze();
const whiteSpace = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;

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
      while (start < end && whiteSpace.test(text[start]!)) start++;
      while (end > start && whiteSpace.test(text[end - 1]!)) end--;
      if (end > start) out.push({ text: text.slice(start, end), start, end });
    }
  }
  return out;
}
