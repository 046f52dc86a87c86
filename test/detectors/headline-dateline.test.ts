import { describe, expect, it } from 'vitest';
import { cleanText, readDateline } from '../../src/index.js';
import { detectHeadline, firstUncovered } from '../../src/detectors/headline.js';
import { splitLines } from '../../src/ingest/lines.js';

describe('headline, standfirst and duplicate headline', () => {
  it('takes the first title-like line as the title and removes its repeats', () => {
    const doc = cleanText('Kerry and Lavrov talk again\n\nKerry and Lavrov talk again\n\nThe two ministers spoke by phone on Friday.');
    expect(doc.title).toBe('Kerry and Lavrov talk again');
    expect(doc.removed.map((r) => r.kind)).toEqual(['title', 'duplicate-title']);
    expect(doc.text).toBe('The two ministers spoke by phone on Friday.');
  });

  it('removes a repeat of the headline written with other white space, and only a whole repeat', () => {
    const doc = cleanText('Kerry and Lavrov talk again\n\n\u200b Kerry  and\u00a0Lavrov talk again\u200b\n\nKerry and Lavrov talk again today\n\nThe two ministers spoke by phone on Friday.');
    const titles = doc.removed.filter((r) => r.kind === 'title' || r.kind === 'duplicate-title');
    expect(titles.map((r) => r.kind)).toEqual(['title', 'duplicate-title']);
    expect(titles[1]!.text).toContain('Kerry  and\u00a0Lavrov');
  });

  it('takes a sentence-length line without a full stop under the title as the standfirst', () => {
    const doc = cleanText('Moscow backs UN initiative\n\nA Russian diplomat stresses the contacts on Syria are going on constantly\n\nMoscow backs the idea, he said.');
    expect(doc.subtitle).toBe('A Russian diplomat stresses the contacts on Syria are going on constantly');
  });

  it('does not take a first paragraph as the title', () => {
    const doc = cleanText('The plans do not include capture of the city. This was stated on Monday.\n\nSecond paragraph.');
    expect(doc.title).toBeNull();
    expect(doc.blocks).toHaveLength(2);
  });

  it('keeps a one-line text as body rather than emptying it', () => {
    const doc = cleanText('Lavrov calls for talks');
    expect(doc.title).toBeNull();
    expect(doc.text).toBe('Lavrov calls for talks');
  });
});

describe('readDateline', () => {
  it.each([
    ['ROME- Russian Foreign Minister Sergey Lavrov said', { raw: 'ROME-', place: 'ROME', date: null, agency: null }],
    ['MOSCOW, October 6. /TASS/. Moscow backs the UN', { raw: 'MOSCOW, October 6. /TASS/.', place: 'MOSCOW', date: 'October 6', agency: 'TASS' }],
    ['BEIRUT, Lebanon (AP) — Syrian troops advanced', { raw: 'BEIRUT, Lebanon (AP) —', place: 'BEIRUT, Lebanon', date: null, agency: 'AP' }],
    ['WASHINGTON (Reuters) - The U.S. said', { raw: 'WASHINGTON (Reuters) -', place: 'WASHINGTON', date: null, agency: 'Reuters' }],
    ['NEW YORK, Oct. 5, 2016 /PRNewswire/ -- Acme Corp said', { raw: 'NEW YORK, Oct. 5, 2016 /PRNewswire/ --', place: 'NEW YORK', date: 'Oct. 5, 2016', agency: 'PRNewswire' }],
    ['ST. PETERSBURG — The forum opened', { raw: 'ST. PETERSBURG —', place: 'ST. PETERSBURG', date: null, agency: null }],
  ])('reads %s', (line, dateline) => {
    expect(readDateline(line)?.dateline).toEqual(dateline);
  });

  it.each([
    'NATO said on Monday that it would not speculate.',
    'UN special envoy for Syria Staffan de Mistura proposed it.',
    'UPDATE — The convoy reached the city.',
    'US-led coalition must prove it.',
    'ISIS, Nusra Militants Not in Syria’s Damascus',
  ])('keeps %s', (line) => {
    expect(readDateline(line)).toBeNull();
  });
});

describe('headline repeats below the head of the page', () => {
  const page = [
    'Kerry and Lavrov talk again', 'The ministers spoke by phone.', 'They met in Geneva last month.', 'Talks go on.', 'More follows.',
    'Kerry and Lavrov talk again', 'Body text goes on here.', '\u00a0Kerry  and Lavrov talk again ', 'Kerry and Lavrov talk again today', 'Kerry and Lavrov talk again',
  ].join('\n');
  const lines = splitLines(page);
  const spanOf = (i: number) => ({ start: lines[i]!.start, end: lines[i]!.end });

  it('removes every repeat no earlier finding touches, white space around it or not', () => {
    const found = detectHeadline({ text: page, lines, findings: [], focus: 'balanced' });
    expect(found.map((f) => [f.rule, f.start])).toEqual([
      ['headline', 0], ['duplicate-headline', spanOf(5).start], ['duplicate-headline', spanOf(7).start + 1], ['duplicate-headline', spanOf(9).start],
    ]);
  });

  it('leaves a repeat that an earlier finding touches, and the lines an earlier finding covers are no candidates', () => {
    const earlier = [{ kind: 'boilerplate', rule: 'x', ...spanOf(1), text: '', reason: '' }, { kind: 'boilerplate', rule: 'x', start: spanOf(7).start + 3, end: spanOf(7).start + 4, text: '', reason: '' }];
    const found = detectHeadline({ text: page, lines, findings: earlier, focus: 'balanced' });
    expect(found.map((f) => [f.rule, f.start])).toEqual([['headline', 0], ['duplicate-headline', spanOf(5).start], ['duplicate-headline', spanOf(9).start]]);
    expect(firstUncovered(lines, [{ kind: 'boilerplate', rule: 'x', ...spanOf(0), text: '', reason: '' }])!.trimmed).toBe('The ministers spoke by phone.');
  });
});
