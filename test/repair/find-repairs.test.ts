import { describe, expect, it } from 'vitest';
import { cleanText, findRepairs } from '../../src/index.js';

const replaced = (text: string, options?: Parameters<typeof findRepairs>[1]) => findRepairs(text, options).map((r) => [r.text, r.replacement]);

describe('findRepairs', () => {
  it('reports one full repair with offsets into the input', () => {
    expect(findRepairs('It â€™s')).toEqual([
      { kind: 'mojibake', rule: 'mojibake-utf8-as-cp1252', start: 3, end: 6, text: 'â€™', replacement: '’' },
    ]);
  });

  it('repairs UTF-8 read as cp1252 or Latin-1', () => {
    expect(replaced('cafÃ© and naÃ¯ve')).toEqual([['Ã©', 'é'], ['Ã¯', 'ï']]);
    expect(replaced('â€œQuoteâ€\u009d â€” dash')).toEqual([['â€œ', '“'], ['â€\u009d', '”'], ['â€”', '—']]);
    expect(replaced('\u00ef\u00bb\u00bfStart')).toEqual([['\u00ef\u00bb\u00bf', '']]);
  });

  it('never "fixes" correct text', () => {
    for (const ok of ['café naïve façade', 'Ångström, Øresund, São Paulo, Ñuñoa', '«Le café…»', 'Größe 5 × 3 cm ± 2 °C', 'Müller’s “plan” — done', 'Âncora and ÂNGULO']) {
      expect(findRepairs(ok), ok).toEqual([]);
    }
  });

  it('decodes HTML entities left in text, known names and printable numbers only', () => {
    expect(replaced('AT&amp;T &#8217; &#x2014; &hellip; &#146;')).toEqual([['&amp;', '&'], ['&#8217;', '’'], ['&#x2014;', '—'], ['&hellip;', '…'], ['&#146;', '’']]);
    expect(replaced('R&D; &madeup; &#0; &#xD800;')).toEqual([]);
  });

  it('removes zero-width and control characters', () => {
    expect(replaced('a\u200bb\u0007c')).toEqual([['\u200b', ''], ['\u0007', '']]);
  });

  it('normalises quotes and dashes only when asked', () => {
    expect(replaced('“Yes” — no')).toEqual([]);
    expect(replaced('“Yes” — no', { quotes: true, dashes: true })).toEqual([['“', '"'], ['”', '"'], ['—', '-']]);
  });
});

describe('repairs in cleanText', () => {
  it('changes block text, records each repair and keeps offsets meaning the input', () => {
    const input = 'The mayorâ€™s plan costs Â£5m, AT&amp;T said on Tuesday in a statement.';
    const doc = cleanText(input);
    expect(doc.text).toBe('The mayor’s plan costs £5m, AT&T said on Tuesday in a statement.');
    expect(doc.repairs.map((r) => r.kind)).toEqual(['mojibake', 'mojibake', 'entity']);
    for (const r of doc.repairs) expect(input.slice(r.start, r.end)).toBe(r.text);
    const block = doc.blocks[0]!;
    expect([block.start, block.end]).toEqual([0, input.length]);
    expect(doc.blocks[0]!.sentences.at(-1)!.end).toBe(input.length);
  });

  it('can be turned off', () => {
    expect(cleanText('cafÃ© &amp; bar', { repair: false }).text).toBe('cafÃ© &amp; bar');
    expect(cleanText('cafÃ© &amp; bar', { repair: false }).repairs).toEqual([]);
  });

  it('rejects a malformed option', () => {
    expect(() => cleanText('x', { repair: 'yes' as never })).toThrow(/option "repair"/);
  });
});
