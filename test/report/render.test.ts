import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { cleanText, renderReport } from '../../src/index.js';
import type { CleanDocument } from '../../src/index.js';
import { buildReportData } from '../../src/report/data.js';
import { colourKinds, KIND_PALETTE } from '../../src/report/palette.js';
import { embedJson } from '../../src/report/embed.js';
import type { ReportData } from '../../src/report/types.js';
import { seedItems } from './seeds.js';

/** The data blob a rendered page carries, read back the way the page reads it. */
function blobOf(html: string): ReportData {
  const open = '<script type="application/json" id="report-data">';
  const from = html.indexOf(open) + open.length;
  return JSON.parse(html.slice(from, html.indexOf('</script>', from)));
}

describe('renderReport', () => {
  it('is exported as a function', () => {
    expect(typeof api.renderReport).toBe('function');
  });

  it('embeds one seed as text plus removal tuples into shared kind and rule tables', () => {
    const [item] = seedItems();
    const data = blobOf(renderReport([item!]));
    expect(data.kinds.map((k) => k.name)).toEqual(item!.doc.removed.map((r) => r.kind).filter((k, i, all) => all.indexOf(k) === i));
    const doc = data.docs[0]!;
    expect(doc.text).toBe(item!.input);
    expect(doc.id).toBe('000_46ef61ed26724e20.txt');
    expect(doc.r.map(([k, r, s, e]) => ({ kind: data.kinds[k]!.name, rule: data.rules[r]!.name, start: s, end: e, text: item!.input.slice(s, e) })))
      .toEqual(item!.doc.removed);
    expect(doc.h).toEqual(item!.doc.blocks.filter((b) => b.type === 'heading').map((b) => [b.start, b.end]));
    expect(doc.dateline).toEqual({ raw: 'ROME-', place: 'ROME', date: null, agency: null });
    expect(doc.warnings).toEqual([]);
  });

  it('sums the seeds: removals by kind and rule, characters kept plus removed equal characters in', () => {
    const items = seedItems();
    const { summary, kinds, docs } = buildReportData(items);
    const removed = items.flatMap(({ doc }) => doc.removed);
    expect(summary.documents).toBe(5);
    expect(summary.removals).toBe(removed.length);
    expect(summary.charsIn).toBe(items.reduce((n, { input }) => n + input.length, 0));
    expect(summary.charsRemoved).toBe(removed.reduce((n, r) => n + r.end - r.start, 0));
    expect(summary.charsKept + summary.charsRemoved).toBe(summary.charsIn);
    const readMore = summary.byKind.find((c) => kinds[c.index]!.name === 'read-more');
    expect(readMore).toEqual({ index: expect.any(Number), count: 2, chars: 181 });
    expect(summary.byKind.map((c) => c.count)).toEqual([...summary.byKind.map((c) => c.count)].sort((a, b) => b - a));
    expect(docs[summary.top[0]![0]]!.id).toBe('004_350fd7090a145e14.txt');
  });

  it('shows cleanHtml documents by their source, the text their offsets refer to', () => {
    const source = 'Menu Home\n\nBody text of the article.';
    const doc: CleanDocument = { ...cleanText('Body text of the article.'), source, removed: [{ kind: 'navigation', rule: 'nav-element', start: 0, end: 9, text: 'Menu Home' }] };
    const data = buildReportData([{ doc, input: '<nav>Menu Home</nav><p>Body text of the article.</p>' }]);
    expect(data.docs[0]).toMatchObject({ text: source, from: 'html', r: [[0, 0, 0, 9]], warnings: [] });
  });

  it('warns instead of drawing removals that do not fit the input given', () => {
    const doc = cleanText('READ MORE: Other story\n\nBody text here.');
    const data = buildReportData([{ doc, input: 'short' }]);
    expect(data.docs[0]!.r).toEqual([]);
    expect(data.docs[0]!.warnings[0]).toMatch(/outside the input .* was the right input passed\?/);
  });

  it('refuses items without a document or a text', () => {
    expect(() => renderReport([{ input: 'x' } as never])).toThrow(/item 0 has no cleaned document/);
    expect(() => renderReport([{ doc: cleanText('Some text.') }])).toThrow(/neither an input string nor doc.source/);
  });

  it('keeps scraped markup inert: no "<" inside the data blob, a page title escaped', () => {
    const input = 'Headline </script><script>alert(1)</script>\n\nBody \u2028 text.';
    const html = renderReport([{ id: '</script>', input, doc: cleanText(input) }], { title: '<b>x</b>' });
    const blob = html.slice(html.indexOf('id="report-data">'), html.lastIndexOf('<script>'));
    expect(blob).not.toMatch(/<(?!\/script>\n$)/);
    expect(html).toContain('<title>&lt;b&gt;x&lt;/b&gt;</title>');
    expect(blobOf(html).docs[0]!.text).toBe(input);
    expect(embedJson({ a: '</script>' })).toBe('{"a":"\\u003c/script>"}');
  });

  it('is self-contained: no URL to load, a policy that forbids loading', () => {
    const html = renderReport(seedItems());
    expect(html).not.toMatch(/\b(?:src|href)=/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-`);
  });
});

describe('colourKinds', () => {
  it('gives known and unknown kinds distinct palette colours while the palette lasts', () => {
    const kinds = ['title', 'icon-run', 'my-custom-kind', 'another-one', 'z'];
    const colours = colourKinds(kinds);
    expect(new Set(colours.values()).size).toBe(kinds.length);
    for (const c of colours.values()) expect(KIND_PALETTE).toContain(c);
    expect(colourKinds(['my-custom-kind']).get('my-custom-kind')).toBe(colourKinds(['my-custom-kind']).get('my-custom-kind'));
  });

  it('falls back to a hashed hue past the palette', () => {
    const kinds = Array.from({ length: KIND_PALETTE.length + 3 }, (_, i) => `kind-${i}`);
    const colours = [...colourKinds(kinds).values()];
    expect(colours.filter((c) => c.startsWith('hsl('))).toHaveLength(3);
  });
});
