import type { Root } from 'nlcst';
import type { Plugin } from 'unified';
import { resegmentParagraph } from './paragraph.js';

/**
 * unified plugin: decruft's sentence boundaries for a retext-english tree.
 *
 * retext-english never ends a sentence after an abbreviation it knows, nor
 * after an initialism (`I live in the U.S. How about you?` stays one), runs
 * inline lists together, makes `1.)` a sentence of its own, and ends
 * sentences inside ellipses. This transformer re-cuts each paragraph's
 * sentences in one linear pass over the tokens retext already made: no second
 * parse, words and positions untouched. Add it after retext-english.
 *
 * @example unified().use(retextEnglish).use(retextDecruftSentences)
 */
export const retextDecruftSentences: Plugin<[], Root> = function () {
  return function (tree, file) {
    resegmentTree(tree, String(file));
  };
};

/** What the plugin does to a tree parsed from `source`; segmentSentences calls it without a unified run. */
export function resegmentTree(tree: Root, source: string): void {
  for (const child of tree.children) {
    if (child.type === 'ParagraphNode') resegmentParagraph(child, source);
  }
}
