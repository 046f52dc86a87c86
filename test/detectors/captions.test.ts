import { describe, expect, it } from 'vitest';
import { detectCaptions } from '../../src/index.js';
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
