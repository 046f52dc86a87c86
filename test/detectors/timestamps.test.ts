import { describe, expect, it } from 'vitest';
import { detectTimestamps, parseDateLine } from '../../src/index.js';
import { parsePureDateLine } from '../../src/parse/dates.js';

const run = (text: string) => detectTimestamps(text);

describe('parseDateLine', () => {
  it.each([
    ['24 Sep, 2016 01:53', '2016-09-24T01:53'],
    ['Sat Oct 1, 2016 14:27:12', '2016-10-01T14:27:12'],
    ['Published: 2016-09-24T01:53:00Z', '2016-09-24T01:53:00Z'],
    ['2016-09-24T01:53:00+0300', '2016-09-24T01:53:00+03:00'],
    ['September 24, 2016 at 1:53 p.m. ET', '2016-09-24T13:53'],
    ['24.09.2016 01:53', '2016-09-24T01:53'],
    ['Monday, 24 September 2016, 01:53 GMT', '2016-09-24T01:53Z'],
    ['Oct. 6, 2016', '2016-10-06'],
    ['Updated 12/25/2016', '2016-12-25'],
    ['Publié le 6 octobre 2016 à 14:05', '2016-10-06T14:05'],
  ])('%s → %s, without inventing a time zone', (line, iso) => {
    expect(parseDateLine(line)).toEqual({ iso, pure: true, relative: false });
  });

  it('takes no property name of a plain object for a month', () => {
    for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(parseDateLine(`${word} 2019`)?.iso ?? null, word).toBeNull();
      expect(parsePureDateLine(`${word} 2019`)?.iso ?? null, word).toBeNull();
    }
  });

  it('reads relative times as timestamps without a date', () => {
    expect(parseDateLine('Updated 3 hours ago')).toEqual({ iso: null, pure: true, relative: true });
  });
});

describe('parsePureDateLine', () => {
  it('reads what parseDateLine reads in a line that is only a date, and nothing in other lines', () => {
    const pure = ['24 Sep, 2016 01:53', 'Published: 2016-09-24T01:53:00Z', 'Updated 3 hours ago', 'Publié le 6 octobre 2016 à 14:05', 'Oct. 6'];
    const impure = [
      'On Monday, September 19, 2016, the convoy was struck.', 'Posted by Michael David Smith on November 19, 2019',
      '2016-09-24T01:53:00Z Health', 'Resolution 2254', 'Updated 3 hours ago by staff', '',
    ];
    for (const line of pure) {
      expect(parsePureDateLine(line), line).not.toBeNull();
      expect(parsePureDateLine(line), line).toEqual(parseDateLine(line));
    }
    for (const line of impure) expect(parsePureDateLine(line), line).toBeNull();
    expect(parseDateLine(impure[0]!)?.iso).toBe('2016-09-19');
  });
});

describe('detectTimestamps', () => {
  it('removes timestamp lines and salvages the date', () => {
    const [f] = run('Title\n24 Sep, 2016 01:53\n\nBody.');
    expect(f).toMatchObject({ kind: 'timestamp', rule: 'timestamp-line', text: '24 Sep, 2016 01:53', start: 6, end: 24 });
    expect(f?.salvage?.published).toBe('2016-09-24T01:53');
  });

  it('keeps sentences and headings that mention dates', () => {
    for (const prose of [
      'On Monday, September 19, 2016, the convoy was struck.',
      'the obligations that the US took upon itself back in January 2016.',
      'Resolution 2254',
      'Intra-Syrian talks of 2016',
      '48-hour and 72-hour temporary truces',
    ]) expect(run(prose), prose).toEqual([]);
  });
});
