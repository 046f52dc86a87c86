import { describe, expect, it } from 'vitest';
import { normaliseDate, stripSiteName } from '../../src/ingest/html/metadata.js';
import { readLinkedData } from '../../src/ingest/html/json-ld.js';
import { splitCredit } from '../../src/ingest/html/captions.js';
import { capNesting } from '../../src/ingest/html/depth.js';
import { attributeWords } from '../../src/ingest/html/dom.js';
import { renderPage } from '../../src/ingest/html/page.js';

describe('dates', () => {
  it('keeps ISO 8601 as far as the source goes and invents no time zone', () => {
    expect(normaliseDate('2019-11-19T13:03:00.000Z')).toBe('2019-11-19T13:03:00.000Z');
    expect(normaliseDate('2019-11-21 14:05')).toBe('2019-11-21T14:05');
    expect(normaliseDate('2018-08-08T11:24:00+0200')).toBe('2018-08-08T11:24:00+02:00');
    expect(normaliseDate('2019-11-21')).toBe('2019-11-21');
    expect(normaliseDate('20191121')).toBe('2019-11-21');
    expect(normaliseDate('Tuesday, November 19, 2019')).toBe('2019-11-19');
    expect(normaliseDate('yesterday')).toBeNull();
  });

  it('takes <time datetime> when no meta tag names the date', () => {
    const html = '<article><time datetime="2020-02-03T10:00">Feb 3</time><p>Body text of the story, long enough.</p></article>';
    expect(renderPage(html).meta.published).toBe('2020-02-03T10:00');
  });
});

describe('titles', () => {
  it('drops the site name from either end of <title>', () => {
    expect(stripSiteName('Storm hits coast | Daily News', 'Daily News')).toBe('Storm hits coast');
    expect(stripSiteName('Daily News - Storm hits coast', 'Daily News')).toBe('Storm hits coast');
    expect(stripSiteName('Storm hits coast, rivers rise overnight - WSJ', null)).toBe('Storm hits coast, rivers rise overnight');
    expect(stripSiteName('Cats - Dogs', null)).toBe('Cats - Dogs');
  });
});

describe('JSON-LD', () => {
  it('finds the article in an @graph, prefers it to the WebPage, and reads author names', () => {
    const ld = readLinkedData([
      'not json',
      JSON.stringify({
        '@graph': [
          { '@type': 'WebPage', name: 'Page' },
          { '@type': ['NewsArticle'], headline: 'Storm', datePublished: '2024-01-02', author: [{ name: 'Jane Doe' }, 'https://x/y'], articleBody: 'Body.' },
        ],
      }),
    ]);
    expect(ld).toMatchObject({ headline: 'Storm', datePublished: '2024-01-02', authors: ['Jane Doe'], articleBody: 'Body.' });
  });
});

describe('captions', () => {
  it('splits a labelled or parenthesised credit off the caption', () => {
    expect(splitCredit('Rescuers at work. Photo: Jane Doe')).toEqual({ text: 'Rescuers at work.', credit: 'Jane Doe' });
    expect(splitCredit('Flooded streets. (AP Photo/John Smith)')).toEqual({ text: 'Flooded streets.', credit: 'AP Photo/John Smith' });
    expect(splitCredit('A photograph of the coast at dawn')).toEqual({ text: 'A photograph of the coast at dawn' });
  });
});

describe('helpers', () => {
  it('splits class and id words at separators and camelCase humps, with joined neighbours', () => {
    expect(attributeWords('socialShareBar read-more')).toEqual(['social', 'share', 'bar', 'read', 'more', 'socialshare', 'sharebar', 'barread', 'readmore']);
  });

  it('caps nesting without touching ordinary markup', () => {
    const ordinary = '<div><p>One<p>Two<br><img src=x></div><script>if (a < b) {}</script>';
    expect(capNesting(ordinary, 3)).toEqual({ html: ordinary, capped: false });
    expect(capNesting('<div><div><div>x</div></div></div>', 2)).toEqual({ html: '<div><div>x</div></div>', capped: true });
  });
});
