import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectCaptions } from '../../src/index.js';
import { labelledCreditStart } from '../../src/detectors/captions.js';
import { CREDIT_LABELS } from '../../src/rules/news-agencies.js';
import { readSeed } from '../helpers/seeds.js';

const run = (text: string) => detectCaptions(text);

describe('detectCaptions', () => {
  it('finds the caption of seed 003 with its credit, and its alt-text repeat', () => {
    const found = run(readSeed('003_608b93be90488e49.txt'));
    expect(found.map((f) => f.rule)).toEqual(['caption-credit', 'caption-repeat']);
    expect(found[0]!.salvage?.captions).toEqual([{ text: 'UN special envoy for Syria Staffan de Mistura', credit: 'EPA/MARTIAL TREZZINI' }]);
    expect(found[1]!.text).toBe('UN special envoy for Syria Staffan de Mistura');
  });

  it.each([
    ['Smoke rises over Aleppo. REUTERS/Abdalrhman Ismail', 'Smoke rises over Aleppo.', 'REUTERS/Abdalrhman Ismail'],
    ['A man walks past a damaged building. AP Photo/Hassan Ammar', 'A man walks past a damaged building.', 'AP Photo/Hassan Ammar'],
    ['Residents flee the eastern districts (Photo: Getty Images)', 'Residents flee the eastern districts', 'Photo: Getty Images'],
    ['Sergey Lavrov at a news conference © AFP', 'Sergey Lavrov at a news conference', '© AFP'],
  ])('reads %s', (line, text, credit) => {
    expect(run(line)[0]?.salvage?.captions).toEqual([{ text, credit }]);
  });

  it('keeps sentences that cite agencies', () => {
    for (const prose of [
      'Lavrov said the move was a mistake, according to AP/Reuters.',
      'The figures were confirmed by TASS.',
      'Source: the Russian Defense Ministry said so on Monday.',
      'Russia-US contacts',
    ]) expect(run(prose), prose).toEqual([]);
  });
});

/** labelledCreditStart as it was: the last occurrence of every key in the lower-cased tail. */
function byBackwardSearch(line: string): number {
  const body = line.endsWith(')') || line.endsWith(']') ? line.slice(0, -1) : line;
  if (body.indexOf(':') < 0 && body.indexOf('©') < 0) return -1;
  const lower = body.toLowerCase();
  const from = lower.length === body.length ? Math.max(0, body.length - 80) : 0;
  const tail = from > 0 ? lower.slice(from) : lower;
  let best = -1;
  for (const key of [...CREDIT_LABELS.map((l) => `${l}:`), '©']) {
    const found = tail.lastIndexOf(key);
    const at = found < 0 ? -1 : found + from;
    if (at < 0 || at <= best) continue;
    if (at > 0 && !' (['.includes(body[at - 1]!)) continue;
    best = at;
  }
  if (best < 0) return -1;
  const credit = body.slice(best);
  if (credit.length > 80 || credit.length < 4 || /[.!?]$/.test(credit) || credit.includes(':', credit.indexOf(':') + 1)) return -1;
  return best > 0 && '(['.includes(body[best - 1]!) ? best - 1 : best;
}

describe('labelledCreditStart', () => {
  const lines = [
    'Residents flee the eastern districts (Photo: Getty Images)',
    'Sergey Lavrov at a news conference © AFP',
    'Source: the Russian Defense Ministry said so on Monday.',
    'Updated: 12:30 GMT Photo: AP',
    'Photo: AP Image credit: Reuters',
    'The square at night [Photo credit: Jane Doe]',
    '© 2019 Example News: all rights reserved',
    'Picture: © Reuters',
    'Autophoto: not a credit',
    'Ankara İstanbul photo: Reuters',
    'ΑΘΗΝΑΣ (Φωτογραφία: ΑΠΕ) photo by: ΑΠΕ',
  ];

  it('finds the key the backward search for every key found', () => {
    for (const line of lines) expect(labelledCreditStart(line, undefined), line).toBe(byBackwardSearch(line));
    expect(labelledCreditStart('Updated: 12:30 GMT Photo: AP', undefined)).toBe(19);
    expect(labelledCreditStart('Photo: AP Image credit: Reuters', undefined)).toBe(16);
  });

  it('agrees with the backward search on lines built from labels, colons, brackets and signs', () => {
    const piece = fc.constantFrom(...CREDIT_LABELS, ':', ' ', '©', '(', ')', '[', ']', '.', 'İ', 'Σ', 'Reuters', 'x', 'a b c d e f g h i j k l m n o p q r s t u v w x y z');
    fc.assert(fc.property(fc.array(piece, { maxLength: 24 }), (parts) => {
      const line = parts.join('');
      expect(labelledCreditStart(line, undefined)).toBe(byBackwardSearch(line));
      expect(labelledCreditStart(line, line.toLowerCase())).toBe(byBackwardSearch(line));
    }), { numRuns: 3000 });
  });
});
