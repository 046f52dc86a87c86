import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { toString } from 'nlcst-to-string';
import type { Root, Sentence } from 'nlcst';
import { describe, expect, it } from 'vitest';
import { retextDecruftSentences } from '../../src/segment/plugin.js';

const text = 'I live in the U.S. How about you?\nThey closed the deal with Pitt, Briggs & Co. at noon.\n\n1.) The first item 2.) The second item';

function sentencesOf(tree: Root): Sentence[] {
  return tree.children.flatMap((paragraph) =>
    paragraph.type === 'ParagraphNode' ? paragraph.children.filter((child): child is Sentence => child.type === 'SentenceNode') : [],
  );
}

describe('retextDecruftSentences', () => {
  const processor = unified().use(retextEnglish).use(retextDecruftSentences);

  it('re-cuts the sentences of a retext-english tree', () => {
    const tree = processor.runSync(processor.parse(text), text) as Root;
    expect(sentencesOf(tree).map((sentence) => toString(sentence))).toEqual([
      'I live in the U.S.',
      'How about you?',
      'They closed the deal with Pitt, Briggs & Co. at noon.',
      '1.) The first item',
      '2.) The second item',
    ]);
  });

  it('keeps every character of the input, and positions that point at it', () => {
    const tree = processor.runSync(processor.parse(text), text) as Root;
    expect(toString(tree)).toBe(text);
    for (const sentence of sentencesOf(tree)) {
      const { start, end } = sentence.position!;
      expect(text.slice(start.offset, end.offset)).toBe(toString(sentence));
      expect(sentence.children[0]!.type).not.toBe('WhiteSpaceNode');
      expect(sentence.children[sentence.children.length - 1]!.type).not.toBe('WhiteSpaceNode');
    }
  });

  it('changes only the sentences: the tokens are retext’s own', () => {
    const bare = unified().use(retextEnglish);
    const before = bare.parse(text) as Root;
    const after = processor.runSync(processor.parse(text), text) as Root;
    const tokens = (tree: Root) => sentencesOf(tree).flatMap((sentence) => sentence.children.map((token) => toString(token)));
    expect(tokens(after).filter((token) => token.trim() !== '')).toEqual(tokens(before).filter((token) => token.trim() !== ''));
  });

  it('leaves a paragraph retext already cut right as it was', () => {
    const plain = 'Hello World. My name is Jonas.';
    const bare = unified().use(retextEnglish).parse(plain) as Root;
    const tree = processor.runSync(processor.parse(plain), plain) as Root;
    expect(tree).toEqual(bare);
  });
});
