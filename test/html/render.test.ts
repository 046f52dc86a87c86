import { describe, expect, it } from 'vitest';
import { renderPage } from '../../src/ingest/html/page.js';

const story = (body: string) =>
  `<html><head><title>Storm hits coast | Daily News</title></head><body><article><h1>Storm hits coast</h1>${body}</article></body></html>`;
const para = 'Rain fell all night across the county, and the river rose faster than forecast, officials said.';

/** The lines of the source that no finding removes. */
function kept(html: string): string[] {
  const page = renderPage(html);
  let body = '';
  let at = 0;
  for (const f of page.findings) {
    body += page.source.slice(at, f.start);
    at = f.end;
  }
  body += page.source.slice(at);
  return body.split('\n').filter((l) => l.trim() !== '');
}

describe('renderPage: the text rendering', () => {
  it('puts a line break at every block element, so words never glue', () => {
    const { source } = renderPage('<div><div>You are ready</div><div>Create an account</div></div>');
    expect(source).toBe('You are ready\n\nCreate an account');
    expect(source).not.toContain('readyCreate');
  });

  it('keeps inline markup inline and collapses white space', () => {
    expect(renderPage('<p>A <b>bold</b>\n   <a href="#">link</a>&nbsp;here.</p>').source).toBe('A bold link here.');
  });

  it('gives headings, list items and quotes their own lines, one blank line apart', () => {
    const { source } = renderPage('<h2>Key points</h2><ul><li>One</li><li>Two</li></ul><blockquote>Said it.</blockquote>');
    expect(source).toBe('Key points\n\nOne\n\nTwo\n\nSaid it.');
  });

  it('breaks lines at <br> and at newlines inside <pre>', () => {
    expect(renderPage('<p>Line one<br>Line two</p><pre>a = 1\nb = 2</pre>').source).toBe('Line one\n\nLine two\n\na = 1\n\nb = 2');
  });

  it('drops scripts, styles, templates, svg, form controls and hidden elements', () => {
    const html =
      '<p>Visible.</p><script>var x = "script";</script><style>p{}</style><noscript>Enable JS</noscript>' +
      '<template><p>tpl</p></template><svg><text>icon</text></svg><button>Click</button>' +
      '<div hidden>hidden attr</div><div style="display: none">no display</div><span class="sr-only">Advertisement</span>' +
      '<div aria-hidden="true">aria</div>';
    expect(renderPage(html).source).toBe('Visible.');
  });

  it('keeps Bootstrap "hidden-xs" content, which hides only on phones', () => {
    expect(renderPage('<div class="hidden-xs">Desktop text.</div>').source).toBe('Desktop text.');
  });
});

describe('renderPage: finding the article', () => {
  it('keeps the story and marks navigation, share bars, related lists and footers with their kinds', () => {
    const html = `<html><body>
      <nav><a href="/">Home</a><a href="/world">World</a></nav>
      <article><h1>Storm hits coast</h1>
        <div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Tweet</a></div>
        <p>${para}</p><p>${para}</p><p>${para}</p>
        <aside class="related-stories"><h3>Related</h3><ul><li><a href="/a">Flood warnings issued for the weekend</a></li></ul></aside>
      </article>
      <footer><p>© 2024 Daily News. All rights reserved.</p></footer>
    </body></html>`;
    const page = renderPage(html);
    expect(kept(html)).toEqual([para, para, para]);
    const kinds = page.findings.map((f) => `${f.kind}:${f.rule}`);
    expect(kinds).toEqual([
      'navigation:html-region-navigation',
      'title:html-headline',
      'share:html-hint-share',
      'aside:html-region-aside',
      'footer:html-region-footer',
    ]);
    expect(page.findings[1]).toEqual({
      kind: 'title',
      rule: 'html-headline',
      start: 11,
      end: 27,
      text: 'Storm hits coast',
      reason: 'Unexpected headline in the body, remove it (kept as title)',
    });
  });

  it('keeps a story split around an ad slot in one piece', () => {
    const html = `<body><div class="story">
      <div class="chunk"><p>${para}</p><p>${para}</p></div>
      <div class="ad-slot"><span>Advertisement</span></div>
      <div class="chunk"><p>Second part of the story, after the advertisement, keeps going for a while.</p><p>${para}</p></div>
    </div><div class="sidebar"><p>${para}</p></div></body>`;
    const lines = kept(html);
    expect(lines).toHaveLength(4);
    expect(lines).not.toContain('Advertisement');
  });

  it('does not take teaser summaries under headline links for the story', () => {
    const teaser = (n: number) =>
      `<div class="card"><h3><a href="/s${n}">Another story number ${n} in the list</a></h3><p>Short summary of story ${n}, with a comma, and more words.</p></div>`;
    const html = `<body><div class="main"><p>${para}</p><p>${para}</p><p>${para}</p></div><div class="below">${[1, 2, 3, 4, 5, 6, 7, 8].map(teaser).join('')}</div></body>`;
    expect(kept(html)).toEqual([para, para, para]);
  });

  it('marks figure captions as captions and salvages them with their credit', () => {
    const html = story(`<p>${para}</p><figure><img src="a.jpg"><figcaption>Flooded streets on Sunday. (AP Photo/Jane Doe)</figcaption></figure><p>${para}</p>`);
    const page = renderPage(html);
    expect(page.findings.find((f) => f.kind === 'caption')?.rule).toBe('html-figcaption');
    expect(page.meta.captions).toEqual([{ text: 'Flooded streets on Sunday.', credit: 'AP Photo/Jane Doe' }]);
  });

  it('never comes out empty for a page whose only container is furniture-named', () => {
    const html = `<body><div class="sidebar-layout"><p>${para}</p><p>${para}</p></div></body>`;
    expect(kept(html)).toEqual([para, para]);
  });
});
