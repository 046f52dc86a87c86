import { load } from 'cheerio/slim';
import { assertString } from '../assert.js';
import type { Caption, Finding, PageMeta } from '../../types.js';
import type { DomNode } from './dom.js';
import { readCaption } from './captions.js';
import { capNesting } from './depth.js';
import { readHead, textOf } from './head.js';
import { createHintReader, type Hint } from './hints.js';
import { readLinkedData } from './json-ld.js';
import { readMetadata } from './metadata.js';
import { judgeRegions } from './regions.js';
import { removalsOf, renderTree, type Rendering } from './render.js';
import { chooseArticle } from './score.js';
import { buildTree, type PageTree } from './tree.js';

/**
 * The HTML stage as one pure function: parse once with cheerio (htmlparser2),
 * find the article, render the page as text and say which lines are not
 * article. The text pipeline (`buildDocument`) takes it from there.
 */

/** What the HTML stage hands to the text pipeline. */
export interface RenderedPage {
  /** The page as text: one block per line, a blank line between blocks. */
  source: string;
  /** The non-article regions of `source`, each with its kind and rule. */
  findings: Finding[];
  meta: {
    title: string | null;
    published: string | null;
    authors: string[];
    captions: Caption[];
    page: PageMeta;
  };
  warnings: string[];
}

/** Options of `renderPage`. */
export interface RenderOptions {
  /** The page's address: the fallback canonical URL and the base for relative links. */
  url?: string;
}

/** Characters of HTML read at most (like trafilatura's file-size cap); the rest is cut with a warning. */
export const MAX_HTML_CHARS = 8_000_000;
/** Nesting depth kept at most; deeper tags are dropped before parsing (see depth.ts). */
export const MAX_DEPTH = 1_000;
/** Elements analysed at most (like trafilatura's tree-size cap). */
export const MAX_ELEMENTS = 150_000;
/** Article text (non-space characters) below which the fallback cascade runs. */
const MIN_ARTICLE_CHARS = 250;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
/** Share of the JSON-LD `articleBody` the extract must reach before it is trusted. */
const MIN_BODY_SHARE = 0.6;

/**
 * Renders a page to text with its non-article regions marked.
 *
 * @example renderPage('<h1>Hi</h1><p>Body text.</p>').source // 'Hi\n\nBody text.'
 */
export function renderPage(html: string, options: RenderOptions = {}): RenderedPage {
  assertString(html, 'renderPage');
  const warnings: string[] = [];
  let input = html;
  if (input.length > MAX_HTML_CHARS) {
    input = input.slice(0, MAX_HTML_CHARS);
    warnings.push(`html-truncated: the page has ${html.length} characters; only the first ${MAX_HTML_CHARS} were read`);
  }
  const nesting = capNesting(input, MAX_DEPTH);
  if (nesting.capped) warnings.push(`html-depth-capped: elements nested deeper than ${MAX_DEPTH} levels were flattened`);
  const root = load(nesting.html).root()[0] as unknown as DomNode;
  const facts = readHead(root, MAX_ELEMENTS);
  const ld = readLinkedData(facts.jsonLd);
  const meta = readMetadata(facts, ld, options.url);
  const tree = buildTree(root, MAX_ELEMENTS);
  if (tree.truncated) warnings.push(`html-tree-capped: the page has more than ${MAX_ELEMENTS} elements; the rest was not read`);
  const hints = createHintReader();
  const hintOf = (i: number) => hints(tree.elements[i]!);
  const headline = findHeadline(tree, meta.title);
  const title = meta.title ?? (headline >= 0 ? textOf(tree.elements[headline]!) : null);

  const choice = chooseArticle(tree, hintOf);
  let rendering = renderWith(root, tree, choice.roots, hintOf, headline);
  const wanted = ld.articleBody ? countChars(ld.articleBody) * MIN_BODY_SHARE : 0;
  const kept = keptChars(rendering);
  if (kept < MIN_ARTICLE_CHARS || kept < wanted) {
    // Fallback: the whole body, minus what tags and class hints name as furniture.
    const body = tree.elements.findIndex((el) => el.name === 'body');
    const fallback = renderWith(root, tree, body >= 0 ? [body] : topLevel(tree), hintOf, headline);
    if (keptChars(fallback) > kept) {
      rendering = fallback;
      warnings.push('html-fallback: the article container held too little text; the whole page body was used');
    }
  }
  const captions = captionsOf(tree);
  return {
    source: rendering.source,
    findings: removalsOf(rendering),
    meta: { title, published: meta.published, authors: meta.authors, captions, page: meta.page },
    warnings,
  };
}

function renderWith(root: DomNode, tree: PageTree, roots: number[], hintOf: (i: number) => Hint, headline: number): Rendering {
  return renderTree(root, tree, judgeRegions(tree, roots, hintOf, headline));
}

function keptChars(r: Rendering): number {
  let n = 0;
  for (const line of r.lines) if (!line.verdict) n += line.text.length;
  return n;
}

function countChars(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 32) n++;
  return n;
}

function topLevel(tree: PageTree): number[] {
  const out: number[] = [];
  for (let i = 0; i < tree.parents.length; i++) if (tree.parents[i] === -1) out.push(i);
  return out;
}

/** The `<h1>` (else `<h2>`) whose text is the title; the first `<h1>` when there is no title. */
function findHeadline(tree: PageTree, title: string | null): number {
  const key = title ? squash(title) : '';
  let firstH1 = -1;
  for (const level of ['h1', 'h2']) {
    for (let i = 0; i < tree.elements.length; i++) {
      if (tree.elements[i]!.name !== level || tree.text[i] === 0) continue;
      if (level === 'h1' && firstH1 < 0) firstH1 = i;
      const text = squash(textOf(tree.elements[i]!));
      if (key && text.length > 0 && (text === key || (text.length > 15 && key.includes(text)) || (key.length > 15 && text.includes(key)))) return i;
    }
  }
  return key ? -1 : firstH1;
}

function squash(s: string): string {
  return s.toLowerCase().replace(NOT_WORD, '');
}

function captionsOf(tree: PageTree): Caption[] {
  const out: Caption[] = [];
  for (const el of tree.elements) {
    if (el.name !== 'figcaption') continue;
    const c = readCaption(el);
    if (c) out.push(c);
  }
  return out;
}
