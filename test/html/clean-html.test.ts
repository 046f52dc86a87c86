import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../src/html.js';
import { provenanceViolations } from '../helpers/provenance.js';
import { pageIds, readPage } from './pages.js';

const para = 'Rain fell all night across the county, and the river rose faster than forecast, officials said.';
const page = `<!doctype html><html lang="en-GB"><head>
  <title>Storm hits coast | Daily News</title>
  <meta property="og:site_name" content="Daily News">
  <meta property="og:title" content="Storm hits coast">
  <meta property="article:published_time" content="2024-03-09T07:30:00+01:00">
  <meta name="description" content="Rivers rose overnight.">
  <link rel="canonical" href="/news/storm">
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Storm hits coast","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"Sam Roe"}]}</script>
</head><body>
  <nav class="menu"><a href="/">Home</a> <a href="/news">News</a></nav>
  <article><h1>Storm hits coast</h1><div class="byline">By Jane Doe and Sam Roe</div>
    <p>${para}</p>
    <figure><img src="x.jpg"><figcaption>Flooded streets. <span class="credit">Jane Doe</span></figcaption></figure>
    <h2>What comes next</h2><p>${para}</p><p>${para}</p>
  </article>
  <footer>© Daily News</footer>
</body></html>`;

describe('cleanHtml', () => {
  it('returns the article body, the metadata and the rendered source', () => {
    const doc = cleanHtml(page, { url: 'https://news.example/x' });
    expect(doc.text).toBe(`${para}\n\nWhat comes next\n\n${para}\n\n${para}`);
    expect(doc.title).toBe('Storm hits coast');
    expect(doc.published).toBe('2024-03-09T07:30:00+01:00');
    expect(doc.authors).toEqual(['Jane Doe', 'Sam Roe']);
    expect(doc.captions).toEqual([{ text: 'Flooded streets.', credit: 'Jane Doe' }]);
    expect(doc.page).toEqual({ url: 'https://news.example/news/storm', siteName: 'Daily News', language: 'en-GB', description: 'Rivers rose overnight.' });
    expect(doc.source?.startsWith('Home News\n\nStorm hits coast\n\nBy Jane Doe and Sam Roe')).toBe(true);
    expect(doc.removed.map((r) => r.kind)).toEqual(['navigation', 'title', 'byline', 'caption', 'footer']);
    expect(provenanceViolations(doc.source!, doc)).toEqual([]);
  });

  it('keeps a removed region when its rule is disabled', () => {
    // With the HTML hint off, the text byline detector still knows the line; off too, it stays.
    const hintOff = cleanHtml(page, { disable: ['html-hint-byline'] });
    expect(hintOff.removed.find((r) => r.kind === 'byline')?.rule).toBe('byline-line');
    const doc = cleanHtml(page, { disable: ['html-hint-byline', 'byline'] });
    expect(doc.text.startsWith('By Jane Doe and Sam Roe')).toBe(true);
  });

  it('holds the provenance invariant over doc.source on real pages', () => {
    for (const id of pageIds().slice(0, 40)) {
      const doc = cleanHtml(readPage(id));
      expect(provenanceViolations(doc.source!, doc), id).toEqual([]);
      for (const r of doc.removed) expect(r.rule, id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });
});

describe('cleanHtml on bad input', () => {
  it.each([[undefined], [null], [42], [{ html: '<p>x</p>' }], [['<p>']], [Buffer.from('<p>x</p>')]])('refuses %s with a TypeError that says a string is expected', (value) => {
    expect(() => cleanHtml(value as never)).toThrow(TypeError);
    expect(() => cleanHtml(value as never)).toThrow(/cleanHtml: expected a string/);
  });

  it('refuses a non-string url option', () => {
    expect(() => cleanHtml('<p>x</p>', { url: 42 as never })).toThrow(/option "url"/);
  });

  it('gives an empty document for an empty string or a page without text', () => {
    for (const html of ['', '<html><head></head><body></body></html>', '<script>alert(1)</script>']) {
      const doc = cleanHtml(html);
      expect(doc.text).toBe('');
      expect(doc.blocks).toEqual([]);
      expect(doc.source).toBe('');
    }
  });

  it('survives markup nested 100,000 levels deep, without recursion', () => {
    const deep = `${'<div>'.repeat(100_000)}<p>${para}</p>${'</div>'.repeat(100_000)}`;
    const doc = cleanHtml(deep);
    expect(doc.text).toBe(para);
    const spans = `<p>${'<span>'.repeat(100_000)}deep text${'</span>'.repeat(100_000)}</p>`;
    expect(cleanHtml(spans).source).toBe('deep text');
  });

  it('caps a page with too many elements and says so in warnings', () => {
    const huge = `<body><p>${para}</p>${'<i>x</i>'.repeat(200_000)}</body>`;
    const doc = cleanHtml(huge);
    expect(doc.warnings.some((w) => w.startsWith('html-tree-capped'))).toBe(true);
    expect(doc.text).toContain(para);
  });

  it('reads broken markup: unclosed tags, stray closers, bad entities', () => {
    const doc = cleanHtml(`<div><p>${para}<p>${para}</span></div></td><p>Fish &amp chips &#xZZ; are <b>served</p>`);
    expect(doc.text).toBe(`${para}\n\n${para}\n\nFish & chips &#xZZ; are served`);
  });

  it('refuses binary junk with a clear error', () => {
    const junk = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    expect(() => cleanHtml(junk)).toThrow(/cleanHtml: input looks binary/);
  });

  it('does not hang on a long run of a single character', () => {
    const t = performance.now();
    cleanHtml(`<p>${'<'.repeat(200_000)}</p><p>${' '.repeat(200_000)}x</p>`);
    expect(performance.now() - t).toBeLessThan(5_000);
  });
});
