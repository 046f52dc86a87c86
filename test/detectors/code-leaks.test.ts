import { describe, expect, it } from 'vitest';
import { cleanText, detectCodeLeaks } from '../../src/index.js';

function rules(text: string): string[] {
  const found = detectCodeLeaks(text);
  for (const f of found) {
    expect(f.text).toBe(text.slice(f.start, f.end));
    expect(f.kind).toBe('code-leak');
  }
  return found.map((f) => f.rule);
}

describe('detectCodeLeaks', () => {
  it.each([
    ['window.dataLayer = window.dataLayer || [];', 'js-code'],
    ["function gtag(){dataLayer.push(arguments);}", 'js-code'],
    ["gtag('config', 'UA-12345678-1');", 'js-code'],
    ["var googletag = googletag || {};", 'js-code'],
    ["googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });", 'js-code'],
    ["(function(d, s, id) { var js, fjs = d.getElementsByTagName(s)[0];", 'js-code'],
    ["if (window.innerWidth < 768) {", 'js-code'],
    ["_sf_async_config.uid = 12345; _sf_async_config.domain = 'example.com'; _sf_async_config.useCanonical = true;", 'js-code'],
    ['.article-body p { margin: 0 0 1em; line-height: 1.6; }', 'css-code'],
    ['#nav a:hover{text-decoration:none}', 'css-code'],
    ['@media (max-width: 600px) {', 'css-code'],
    ['body { margin: 0; }', 'css-code'],
    ['{"@context":"https://schema.org","@type":"NewsArticle","headline":"Storm hits coast"', 'json-ld'],
    // From the text dumps of the article-extraction benchmark.
    ['<script type="text/javascript" charset="UTF-8" src="http://www.nbcdfw.com/portableplayer/?cmsID=565118282"></script>', 'html-markup'],
    ['<img height="1" width="1" style="display:none" src="http://b.scorecardresearch.com/p?c1=2&amp;c2=15743189">', 'html-markup'],
    ['<!-- Begin comScore Tag -->', 'html-markup'],
  ])('finds %s', (line, rule) => {
    expect(rules(`Body text of the story.\n${line}\nMore body text.`)).toEqual([rule]);
  });

  it('takes the closing brackets of a code block with it', () => {
    const text = ['function track() {', "  fbq('track', 'PageView');", '});', '', 'The story goes on here.'].join('\n');
    expect(rules(text)).toEqual(['js-code', 'js-code', 'js-code']);
  });

  it.each([
    'The function of the committee is to review the budget; it meets twice a year.',
    'Let me be clear: the var in question is not a variable at all.',
    'return to office plans were delayed again (for the third time) this year.',
    'Window. Document. Console. These were the words on the exhibition wall.',
    'Note: prices may vary; color: red is not available in all stores.',
    'He wrote that x = y + 2 (a simple equation) was on the exam, and the class groaned.',
    'If (as expected) the vote passes, the law takes effect in May.',
    '<The Palace: Tale of Jang Noksu> was part of the opening ceremony.',
    'Scores: Team A 3, Team B 1; Team C 2, Team D 2.',
    'new cars were sold in October than in any month this year, dealers said.',
    '@media is a handle, not a rule, she said.',
    '(function as a noun) is how the dictionary lists it.',
  ])('keeps prose that mentions code words: %s', (line) => {
    expect(rules(line)).toEqual([]);
  });

  it('cleans code out of a document and keeps the story', () => {
    const doc = cleanText([
      'Storm hits the coast',
      '',
      'window.dataLayer = window.dataLayer || [];',
      "function gtag(){dataLayer.push(arguments);}",
      '',
      'A storm hit the coast on Monday, and officials said the damage would take weeks to repair.',
    ].join('\n'));
    expect(doc.stats.removedByKind['code-leak']).toBe(2);
    expect(doc.text).toBe('A storm hit the coast on Monday, and officials said the damage would take weeks to repair.');
  });

  it('scans a long minified line in linear time', () => {
    const line = `var a=${'{b:1,c:[2,3]},'.repeat(50_000)}0;`;
    const t0 = performance.now();
    expect(rules(line)).toEqual(['js-code']);
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it('asserts a string input', () => {
    expect(() => detectCodeLeaks(undefined as unknown as string)).toThrow(TypeError);
  });
});
