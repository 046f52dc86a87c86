import { BLOCK_TAGS, DROPPED_TAGS } from '../../rules/html-elements.js';
import { listElements, type DomNode } from './dom.js';
import { isHidden } from './hints.js';

/**
 * The page as a flat table: every rendered element in document order with
 * its parent and text counts, so scoring is a few array passes instead of
 * tree recursion. Counts are of non-white-space characters.
 */
export interface PageTree {
  elements: DomNode[];
  parents: Int32Array;
  index: Map<DomNode, number>;
  block: Uint8Array;
  /** Text under the element. */
  text: Int32Array;
  /** Text under the element that sits inside links. */
  link: Int32Array;
  /** For a block: the text of its own line(s), inline descendants included, nested blocks not. */
  inline: Int32Array;
  inlineLink: Int32Array;
  inlineCommas: Int32Array;
  /** Blocks under the element (itself included) whose own text is paragraph-sized. */
  paragraphs: Int32Array;
  truncated: boolean;
}

const dropped = new Set<string>(DROPPED_TAGS);
const blocks = new Set<string>(BLOCK_TAGS);
/** Own text at which a block counts as a paragraph for `paragraphs`. */
const PARAGRAPH_CHARS = 50;

/** Whether an element never reaches the rendering (scripts, styles, hidden UI). */
export function isDropped(el: DomNode): boolean {
  return dropped.has(el.name!) || isHidden(el);
}

/**
 * Builds the element table of a parsed page, stopping after `limit` elements.
 *
 * @example buildTree(root, 200_000).elements.length // 1843
 */
export function buildTree(root: DomNode, limit: number): PageTree {
  const { elements, parents, truncated } = listElements(root, limit, isDropped);
  const n = elements.length;
  const index = new Map<DomNode, number>();
  const block = new Uint8Array(n);
  const text = new Int32Array(n);
  const link = new Int32Array(n);
  const inline = new Int32Array(n);
  const inlineLink = new Int32Array(n);
  const inlineCommas = new Int32Array(n);
  const paragraphs = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const el = elements[i]!;
    index.set(el, i);
    block[i] = blocks.has(el.name!) ? 1 : 0;
    for (const child of el.children ?? []) {
      if (child.type !== 'text') continue;
      const [chars, commas] = countText(child.data ?? '');
      text[i]! += chars;
      inline[i]! += chars;
      inlineCommas[i]! += commas;
    }
  }
  // Reverse document order visits every child before its parent.
  for (let i = n - 1; i >= 0; i--) {
    if (elements[i]!.name === 'a') {
      link[i] = text[i]!;
      inlineLink[i] = inline[i]!;
    }
    if (block[i] && inline[i]! >= PARAGRAPH_CHARS) paragraphs[i]! += 1;
    const p = parents[i]!;
    if (p < 0) continue;
    text[p]! += text[i]!;
    link[p]! += link[i]!;
    paragraphs[p]! += paragraphs[i]!;
    if (!block[i]) {
      inline[p]! += inline[i]!;
      inlineLink[p]! += inlineLink[i]!;
      inlineCommas[p]! += inlineCommas[i]!;
    }
  }
  return { elements, parents, index, block, text, link, inline, inlineLink, inlineCommas, paragraphs, truncated };
}

/** Non-white-space characters and commas of a text node. */
function countText(s: string): [number, number] {
  let chars = 0;
  let commas = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 160) chars++;
    if (c === 44 || c === 0xff0c || c === 0x3001) commas++;
  }
  return [chars, commas];
}
