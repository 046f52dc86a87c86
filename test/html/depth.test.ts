import { describe, expect, it } from 'vitest';
import { load } from 'cheerio/slim';
import { capNesting } from '../../src/ingest/html/depth.js';
import { nextTag } from '../../src/ingest/html/tags.js';
import { pageIds, readPage } from './pages.js';

interface Node {
  children?: Node[];
}

/** Depth of the tree cheerio (htmlparser2) builds, measured without recursion. */
function parsedDepth(html: string): number {
  let deepest = 0;
  const stack: [Node, number][] = [[load(html).root()[0] as unknown as Node, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (const child of node.children ?? []) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Markup that nests deep in htmlparser2 although an HTML5 parser would keep it flat, or hides tags from a naive scan. */
const hostile: Record<string, string> = {
  'li and p': '<li><p>x '.repeat(3000),
  'dd and p': '<dd><p>x '.repeat(3000),
  'option and p': '<option><p>x '.repeat(3000),
  'self-closing div': '<div/>x'.repeat(3000),
  'inside noscript': `<noscript>${'<div>x'.repeat(3000)}</noscript>`,
  'after a short comment': `<!-->${'<div>x'.repeat(3000)}-->`,
  'quoted > in attributes': '<b title="a>b">x'.repeat(3000),
};

describe('capNesting', () => {
  it('caps markup that nests through the parser’s own rules', () => {
    for (const [shape, html] of Object.entries(hostile)) {
      const capped = capNesting(html, 200);
      expect(parsedDepth(html), shape).toBeGreaterThan(1000);
      expect(capped.capped, shape).toBe(true);
      // The root and text nodes add levels of their own.
      expect(parsedDepth(capped.html), shape).toBeLessThanOrEqual(202);
    }
  });

  it('leaves real pages and flat markup untouched', () => {
    for (const id of pageIds().slice(0, 30)) expect(capNesting(readPage(id), 1000).capped, id).toBe(false);
    const flat = '<ul>' + '<li><p>item</p></li>'.repeat(3000) + '</ul><svg><g/><g/></svg>' + '<td>x'.repeat(3000) + '<span>a</ span>'.repeat(3000);
    expect(capNesting(flat, 200)).toEqual({ html: flat, capped: false });
  });

  it('drops raw-text elements past the cap whole, and keeps their text intact below it', () => {
    const deep = '<div>'.repeat(3) + '<script>if (a <div> b) {}</script>after';
    expect(capNesting(deep, 2).html).toBe('<div><div>after');
    expect(capNesting('<div><script>"<div><div><div>"</script></div>', 2).capped).toBe(false);
  });
});

describe('nextTag', () => {
  it('reads tags as htmlparser2 does', () => {
    expect(nextTag('a<!-->b<i>', 0)).toMatchObject({ start: 7, name: 'i' });
    expect(nextTag('<!-- <b> --><I x=">">', 0)).toEqual({ start: 12, end: 21, name: 'i', closing: false, selfClosing: false });
    expect(nextTag('</ P >', 0)).toMatchObject({ name: 'p', closing: true });
    expect(nextTag('</3 <b>x<i>', 0)).toMatchObject({ start: 8, name: 'i' });
    expect(nextTag('<g />', 0)).toMatchObject({ selfClosing: true });
    expect(nextTag('<a href=x/>', 0)).toMatchObject({ selfClosing: false });
    expect(nextTag('<a title="never closed>', 0)).toBeNull();
  });
});
