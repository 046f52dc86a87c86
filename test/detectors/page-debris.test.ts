import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_RELATED_HEADER, NOTICE_WORD, SHARE_ANCHOR_TEXT, isRelatedHeaderCased, labelKey } from '../../src/detectors/page-debris.js';
import { BROWSER_WORDS, COOKIE_WORDS, LEGAL_WORDS, NEWSLETTER_WORDS, SHARE_ANCHORS } from '../../src/rules/page-debris.js';
import { detectPageDebris, isRelatedHeader } from '../../src/index.js';

const run = (text: string, focus?: 'precision' | 'balanced' | 'recall') => detectPageDebris(text, undefined, focus);
const kinds = (text: string) => run(text).map((f) => `${f.kind}/${f.rule}`);

describe('detectPageDebris', () => {
  it('reports one full finding with offsets into the input', () => {
    expect(run('Body text.\n  Share this:\nMore body.')).toEqual([
      { kind: 'share', rule: 'share-bar', start: 13, end: 24, text: 'Share this:', reason: 'Unexpected share bar, remove it' },
    ]);
  });

  it('finds share bars and social names', () => {
    expect(kinds('Click to share on Facebook (Opens in new window)')).toEqual(['share/share-bar']);
    expect(kinds('Whatsapp Facebook Pint Baixar')).toEqual(['share/share-bar']);
    expect(kinds('Email • Twitter')).toEqual(['share/share-bar']);
    expect(kinds('Share 34')).toEqual(['share/share-bar']);
  });

  it('finds advertising, consent, newsletter, related, comment and footer labels', () => {
    expect(kinds('Advertisement')).toEqual(['advertisement/ad-label']);
    expect(kinds('Story continues below advertisement')).toEqual(['advertisement/ad-label']);
    expect(kinds('We use cookies to improve your experience on our website. By browsing, you accept our cookie policy.')).toEqual(['cookie-notice/cookie-banner']);
    expect(kinds('Sign up for our newsletter')).toEqual(['newsletter/newsletter-label']);
    expect(kinds("No spam, we promise. You can unsubscribe at any time and we'll never share your details.")).toEqual(['newsletter/newsletter-prompt']);
    expect(kinds('You may also like')).toEqual(['related/related-header']);
    expect(kinds('More Washington Examiner')).toEqual(['related/related-header']);
    expect(kinds('Leave a Reply')).toEqual(['comments/comment-label']);
    expect(kinds('Comments (12)')).toEqual(['comments/comment-label']);
    expect(kinds('Contact Us/FAQ | Terms of Use | Privacy Policy')).toEqual(['footer/footer-link']);
    expect(kinds('© 2019 Example Media, LLC. All rights reserved.')).toEqual(['footer/copyright']);
    expect(kinds('Skip to main content')).toEqual(['navigation/ui-label']);
  });

  it('finds tag lists, photo credits and gallery counters', () => {
    expect(kinds('Tags: Apple, MacBook Pro, keyboards')).toEqual(['tags/tag-list']);
    expect(kinds('Photo: Hau Dinh, AP')).toEqual(['image-credit/credit-line']);
    expect(kinds('AFP/Getty Images')).toEqual(['image-credit/credit-line']);
    expect(kinds('Image 3 of 12')).toEqual(['image-credit/gallery-counter']);
    // A Hearst gallery prints "Image 1 of / 8" and "1  /  8".
    expect(kinds('Image 1 of / 8')).toEqual(['image-credit/gallery-counter']);
    expect(kinds('1  /  8')).toEqual(['image-credit/gallery-counter']);
    expect(kinds('Scored 1 / 8 from the field')).toEqual([]);
    // A gallery caption with its counter glued on (Hearst).
    expect(kinds("1of4Grass Valley's Dionicio Torres looks at the gas can selection before taking the last can.")).toEqual(['caption/gallery-caption']);
  });

  it('finds reuse notices and subscription confirmations', () => {
    expect(kinds('The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used, except with the prior written permission of Cleveland.com.')).toEqual(['footer/legal-notice']);
    expect(kinds('An email with an activation link has just been sent to your email address. Please activate your subscription by clicking on the activation link.')).toEqual(['newsletter/newsletter-prompt']);
    expect(kinds('The leaked files were distributed and cached on servers abroad, prosecutors said.')).toEqual([]);
  });

  it('finds the data-protection notice under a comment form', () => {
    expect(kinds('Your personal data will only be disclosed or otherwise transmitted to third parties for the purposes of spam filtering.')).toEqual(['footer/legal-notice']);
    // Reporting on a data breach is prose.
    expect(kinds('Our investigation found the personal data of two million customers was stored without protection.')).toEqual([]);
  });

  it('finds browser notices and cookie banners in other languages', () => {
    expect(kinds("We've detected you are on Internet Explorer. For the best Barrons.com experience, please update to a modern browser.")).toEqual(['navigation/browser-notice']);
    expect(kinds('Utilizziamo i cookie per essere sicuri che tu possa avere la migliore esperienza sul nostro sito.')).toEqual(['cookie-notice/cookie-banner']);
    expect(kinds('Usamos cookies para melhorar a sua experiência de navegação no nosso site.')).toEqual(['cookie-notice/cookie-banner']);
  });

  it('keeps article prose that mentions the same words', () => {
    for (const prose of [
      'Facebook shares fell 3% on Tuesday after the company said advertising revenue would slow.',
      'She baked cookies for the whole street, using her grandmother’s recipe.',
      'The newsletter, founded in 1998, now has 40,000 subscribers across the state.',
      '“We use cookies on our site,” the company’s lawyer told the court, “like everyone else.”',
      'Related talks in Geneva will resume next week, the ministry said.',
      'More than 100 people were injured in the attack.',
      'Photo enforcement cameras were installed on the bridge last year.',
      'He left a reply on the forum before the comments were closed by moderators.',
      'The browser wars of the 1990s ended when Internet Explorer won, and Netscape never recovered.',
      'Il cuoco ha preparato i cookie con la ricetta della nonna.',
      'In 2019 of 12 candidates only four made the ballot.',
    ]) expect(run(prose), prose).toEqual([]);
  });

  it('refuses non-strings', () => {
    expect(() => detectPageDebris(42 as never)).toThrow(TypeError);
  });

  it('skips one-word labels with focus precision, which double as subheadings', () => {
    expect(run('Comments', 'precision')).toEqual([]);
    expect(run('Comments', 'balanced')).toHaveLength(1);
  });

  it('recognises related-list headers', () => {
    expect(isRelatedHeader('Related Articles')).toBe(true);
    expect(isRelatedHeader('Related coverage from How to Do Everything: Money:')).toBe(true);
    expect(isRelatedHeader('More in Trump Impeachment Inquiry')).toBe(true);
    expect(isRelatedHeader('More than 100 people were injured')).toBe(false);
    // "You may like" in the other languages of the benchmark's pages (a Brazilian dump has "Você pode gostar...").
    for (const label of ['Artigos relacionados', 'Articoli correlati', 'Você pode gostar...', 'Te puede interesar', 'Das könnte Sie auch interessieren', 'Вам также может понравиться']) {
      expect(isRelatedHeader(label), label).toBe(true);
    }
    expect(isRelatedHeader('Você pode gostar de saber que o prazo acabou')).toBe(false);
    // Headers with their "View all" link glued on, as a fact-checking site prints them.
    expect(isRelatedHeader('Most Popular View all')).toBe(true);
    expect(isRelatedHeader("Editors' Picks")).toBe(true);
    expect(isRelatedHeader('View all')).toBe(false);
  });

  it('reads a related-list header the same from a lower case given', () => {
    const lines = ['Related Articles', '» MORE FROM BUSINESS', 'Most Popular View all', 'Вам также может понравиться', 'More than 100 people were injured', 'View all', 'x'.repeat(61)];
    for (const line of lines) expect(isRelatedHeaderCased(line, line.toLowerCase()), line).toBe(isRelatedHeader(line));
    expect(isRelatedHeaderCased('More from Business', 'more from business')).toBe(true);
    expect(isRelatedHeaderCased('Related Articles'.padEnd(MAX_RELATED_HEADER + 1, '!'), 'related articles'.padEnd(MAX_RELATED_HEADER + 1, '!'))).toBe(false);
  });
});

describe('labelKey', () => {
  // The declarative form the scan replaces; the scan must agree with it on anything.
  const EDGE = /^[\s•·|»›>→*#\-–—:]{1,6}|[\s:.!…»›>|→\-–—]{1,6}$/gu;
  const COUNTER = /\s{0,2}(?:\(\d{1,7}\)|\[\d{1,7}\]|\d{1,7})$/u;
  const byRegex = (s: string) => s.replace(EDGE, '').replace(COUNTER, '').replace(EDGE, '');

  it('strips bullets, marks and counters from real labels', () => {
    expect(labelKey('» comments (12)')).toBe('comments');
    expect(labelKey('• share 34')).toBe('share');
    expect(labelKey('advertisement - continue reading below')).toBe('advertisement - continue reading below');
    expect(labelKey('read more »')).toBe('read more');
    expect(labelKey('topics [3]:')).toBe('topics');
  });

  it('agrees with the regular expressions it replaces', () => {
    const char = fc.constantFrom(...'ab 1234567890()[]:.!…»›>|→-–—•·*#\u00a0\u2003\ufeff\t'.split(''), 'x', '😀');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 24 }), (chars) => {
        const s = chars.join('');
        expect(labelKey(s)).toBe(byRegex(s));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('NOTICE_WORD, the cheap test before the notice rules', () => {
  it('finds every word the notice rules need, so it never skips a notice', () => {
    for (const word of [...COOKIE_WORDS, ...BROWSER_WORDS, ...NEWSLETTER_WORDS, ...LEGAL_WORDS, 'you', 'your']) {
      expect(NOTICE_WORD.test(word), word).toBe(true);
    }
  });

  it('skips most prose', () => {
    expect(NOTICE_WORD.test('the ministry said talks in geneva would resume next week after a pause.')).toBe(false);
  });
});

describe('SHARE_ANCHOR_TEXT, the cheap test before the share-bar rule', () => {
  it('finds every share anchor, so it never skips a share bar', () => {
    for (const word of SHARE_ANCHORS) expect(SHARE_ANCHOR_TEXT.test(word), word).toBe(true);
  });

  it('skips most lines', () => {
    expect(SHARE_ANCHOR_TEXT.test('the ministry said talks in geneva would resume')).toBe(false);
    expect(kinds('Share 34 Tweet Email')).toEqual(['share/share-bar']);
  });
});
