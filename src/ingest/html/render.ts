import { HEADING_TAGS } from '../../rules/html-elements.js';
import type { Finding } from '../../types.js';
import type { DomNode } from './dom.js';
import type { PageTree } from './tree.js';
import type { Verdict } from './regions.js';

/**
 * Rendering: the page as text, one block per line and a blank line between
 * blocks, each line tagged with the verdict of the element it came from. A
 * line breaks at every block element, at `<br>`, at newlines inside `<pre>`,
 * and where the verdict changes mid-line (an inline share link inside a
 * paragraph becomes its own removal instead of staining the paragraph).
 */

/** One rendered line: its offsets in the source and what it is. */
export interface RenderedLine {
  start: number;
  end: number;
  text: string;
  verdict: Verdict | null;
  heading: boolean;
  /** Index of the element the line's first text came from. */
  element: number;
}

/** The text rendering of a page. */
export interface Rendering {
  source: string;
  lines: RenderedLine[];
}

const WHITE_SPACE = /\s+/g;
const NON_SPACE = /\S/;
const headings = new Set<string>(HEADING_TAGS);

/**
 * Renders the elements of `tree` (elements missing from it are skipped with
 * their subtree: dropped, hidden, or past the size cap).
 *
 * @example renderTree(root, tree, verdicts).source // 'Headline\n\nFirst paragraph.'
 */
export function renderTree(root: DomNode, tree: PageTree, verdicts: ReadonlyArray<Verdict | null>): Rendering {
  const out = new LineWriter();
  // Stack entries: a node to enter, or a number n = "leave element n".
  const stack: Array<DomNode | number> = [];
  pushChildren(stack, root);
  let pre = 0;
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'number') {
      const el = tree.elements[item]!;
      if (el.name === 'pre') pre--;
      if (tree.block[item]) out.breakLine();
      if (headings.has(el.name!)) out.heading = false;
      continue;
    }
    if (item.type === 'text') {
      const p = item.parent ? tree.index.get(item.parent) : undefined;
      if (p === undefined) continue;
      out.write(item.data ?? '', verdicts[p]!, p, pre > 0);
      continue;
    }
    if (item.type !== 'tag') continue;
    const i = tree.index.get(item);
    if (i === undefined) continue;
    if (tree.block[i]) out.breakLine();
    if (headings.has(item.name!)) out.heading = true;
    if (item.name === 'pre') pre++;
    stack.push(i);
    pushChildren(stack, item);
  }
  out.breakLine();
  return { source: out.source, lines: out.lines };
}

function pushChildren(stack: Array<DomNode | number>, node: DomNode): void {
  const children = node.children;
  if (!children) return;
  for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
}

/** Accumulates inline text into lines and lines into the source. */
class LineWriter {
  source = '';
  lines: RenderedLine[] = [];
  heading = false;
  private buffer = '';
  /** Whether `buffer` holds anything but white space. */
  private filled = false;
  private verdict: Verdict | null = null;
  private element = -1;

  write(data: string, verdict: Verdict | null, element: number, pre: boolean): void {
    if (verdict !== this.verdict) {
      if (this.filled) this.breakLine();
      this.verdict = verdict;
    }
    if (!this.filled) this.element = element;
    if (!pre || !data.includes('\n')) {
      this.buffer += data;
      if (!this.filled && NON_SPACE.test(data)) this.filled = true;
      return;
    }
    const parts = data.split('\n');
    for (let k = 0; k < parts.length; k++) {
      if (k > 0) {
        this.breakLine();
        this.verdict = verdict;
        this.element = element;
      }
      this.buffer += parts[k];
      if (NON_SPACE.test(parts[k]!)) this.filled = true;
    }
  }

  breakLine(): void {
    if (!this.filled) {
      this.buffer = '';
      return;
    }
    const text = this.buffer.replace(WHITE_SPACE, ' ').trim();
    this.buffer = '';
    this.filled = false;
    if (this.source !== '') this.source += '\n\n';
    const start = this.source.length;
    this.source += text;
    this.lines.push({ start, end: this.source.length, text, verdict: this.verdict, heading: this.heading, element: this.element });
  }
}

/**
 * Findings for the removed lines: one per run of neighbouring lines with the
 * same verdict, spanning the blank lines between them.
 *
 * @example removalsOf(rendering)[0] // { kind: 'navigation', rule: 'html-region-navigation', start: 0, end: 42, … }
 */
export function removalsOf(rendering: Rendering): Finding[] {
  const findings: Finding[] = [];
  const { source, lines } = rendering;
  let k = 0;
  while (k < lines.length) {
    const v = lines[k]!.verdict;
    if (!v) {
      k++;
      continue;
    }
    const start = lines[k]!.start;
    let end = lines[k]!.end;
    while (k + 1 < lines.length && lines[k + 1]!.verdict === v) end = lines[++k]!.end;
    k++;
    findings.push({ kind: v.kind, rule: v.rule, start, end, text: source.slice(start, end), reason: v.reason });
  }
  return findings;
}
