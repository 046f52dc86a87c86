import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanHtml } from '../../src/html.js';
import { provenanceViolations } from '../helpers/provenance.js';
import { pageIds, readPage } from './pages.js';

/** A few benchmark pages, spread over the sorted ids: real markup from real sites. */
const pages = pageIds()
  .filter((_, i) => i % 30 === 7)
  .map(readPage);

/** Runs of up to 12 consecutive tags (with their text) cut from the pages. */
const fragments = pages.flatMap((page) => {
  const cuts: number[] = [];
  for (let i = page.indexOf('<'); i >= 0; i = page.indexOf('<', i + 1)) cuts.push(i);
  const out: string[] = [];
  for (let k = 0; k + 12 < cuts.length; k += 37) out.push(page.slice(cuts[k], cuts[k + 1 + (k % 12)]));
  return out;
});

/** Markup damage and hostile characters. */
const damage = fc.oneof(
  fc.constantFrom(
    '<p>', '<div>', '</div>', '<li><p>', '<span', '<a href="x>y">', '</ p>', '<div/>', '<br/>', '<svg><g/></svg>',
    '<!--', '-->', '<!-->', '<![CDATA[x]]>', '<!doctype html>', '<?xml x?>', '</>', '</3 x>',
    '<script>if (a < b) { "<div>" }</script>', '<style>p{}</style>', '<script>', '<title>T &amp; U</title>', '<textarea>',
    '&amp;', '&#0;', '&#x1F600;', '&nbsp;&nbsp;', '&notanentity;', '&#xD800;', '<pre>\n a\n\n b</pre>', '<table><tr><td>x<td>y',
    '<h1>Headline</h1>', '<nav class="menu"><a href="/">Home</a></nav>', '<figure><figcaption>Photo: AP</figcaption></figure>',
    '\u00a0', '\u200b', '\ufeff', '\u2028', '\r\n', '\f', '\t', '\ud800', '\udfff', '😀', '\u200f', '"“”',
  ),
  fc.integer({ min: 1, max: 1500 }).map((n) => '<div>'.repeat(n)),
  fc.integer({ min: 1, max: 300 }).map((n) => '<li><p>x'.repeat(n)),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

const piece = fc.oneof({ arbitrary: fc.constantFrom(...fragments), weight: 3 }, { arbitrary: damage, weight: 2 });
const documentArb = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

/** A whole real page with damage spliced in at random places. */
const damagedPage = fc
  .tuple(fc.constantFrom(...pages.keys()), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), damage), { maxLength: 6 }))
  .map(([p, cuts]) => {
    let html = pages[p]!;
    for (const [at, bit] of cuts) {
      const i = Math.floor(at * html.length);
      html = html.slice(0, i) + bit + html.slice(i);
    }
    return html;
  });

/** cleanHtml's result, or null for the one refusal allowed: input that looks binary. */
function clean(html: string) {
  try {
    return cleanHtml(html);
  } catch (e) {
    expect(String(e)).toMatch(/looks binary/);
    return null;
  }
}

describe('provenance invariant of cleanHtml over doc.source', () => {
  it('holds on random documents built from real markup, damage and hostile characters', () => {
    fc.assert(
      fc.property(documentArb, (html) => {
        const doc = clean(html);
        if (doc) expect(provenanceViolations(doc.source!, doc)).toEqual([]);
      }),
      { numRuns: 150, seed: 20261122 },
    );
  });

  it('holds on real pages with damage spliced in', () => {
    fc.assert(
      fc.property(damagedPage, (html) => {
        const doc = clean(html);
        if (doc) expect(provenanceViolations(doc.source!, doc)).toEqual([]);
      }),
      { numRuns: 30, seed: 11 },
    );
  });

  it('is deterministic: the same markup gives byte-identical JSON', () => {
    fc.assert(
      fc.property(documentArb, (html) => {
        const a = clean(html);
        if (a) expect(JSON.stringify(cleanHtml(html))).toBe(JSON.stringify(a));
      }),
      { numRuns: 30, seed: 5 },
    );
  });
});
