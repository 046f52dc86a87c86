import { describe, expect, it } from 'vitest';
import { cleanText, detectBylines } from '../../src/index.js';
import { JOB_WORD_IN } from '../../src/detectors/bylines.js';
import { JOB_WORDS } from '../../src/rules/bylines.js';

/** Rule and salvage of the one finding a line gives, or null when it stays. */
function one(line: string) {
  const found = detectBylines(line);
  if (found.length === 0) return null;
  expect(found).toHaveLength(1);
  const [f] = found;
  expect(f!.text).toBe(line.slice(f!.start, f!.end));
  expect(f!.kind).toBe('byline');
  return { rule: f!.rule, authors: f!.salvage?.authors ?? [], published: f!.salvage?.published ?? null };
}

describe('detectBylines', () => {
  // Lines from the text dumps of the article-extraction benchmark.
  it.each([
    ['By Jamelle Bouie', ['Jamelle Bouie'], null],
    ['By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER', ['LISA MASCARO', 'MARY CLARE JALONICK', 'ERIC TUCKER'], null],
    ['By Mike Wuerthele and Malcolm Owen', ['Mike Wuerthele', 'Malcolm Owen'], null],
    ['By Stefan Becket, Kathryn Watson, Grace Segers', ['Stefan Becket', 'Kathryn Watson', 'Grace Segers'], null],
    ['By Jill Disis, CNN Business', ['Jill Disis'], null],
    ['By Troy L. Smith, Cleveland.com', ['Troy L. Smith'], null],
    ['By Bill Hoppe | Special to the Pioneer Press', ['Bill Hoppe'], null],
    ['By Umair Irfan Updated Nov 13, 2019, 10:28am EST', ['Umair Irfan'], '2019-11-13T10:28'],
    ['Posted by Michael David Smith on November 19, 2019, 6:21 AM EST', ['Michael David Smith'], '2019-11-19T06:21'],
    ['Written by Rachael Link, MS, RD on November 14, 2019', ['Rachael Link'], '2019-11-14'],
    ['By Yasemin Saplakoglu - Staff Writer 2019-11-18T23:30:00Z Health', ['Yasemin Saplakoglu'], '2019-11-18T23:30:00Z'],
    ['By Chris Pokorny@DawgsByNature Nov 18, 2019, 11:47am EST', ['Chris Pokorny'], '2019-11-18T11:47'],
    ['Von Moritz Bachmann publiziert am 25. September 2018', ['Moritz Bachmann'], '2018-09-25'],
    ['By Sean Martin Sean Martin', ['Sean Martin'], null],
    ['By Reuters', [], null],
    ['By The Associated Press', [], null],
    ['By Staff Reports -', [], null],
  ])('reads the byline %s', (line, authors, published) => {
    expect(one(line)).toEqual({ rule: 'byline-line', authors, published });
  });

  it('reads meta lines of dates, bylines and outlets', () => {
    expect(one('PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019')).toEqual({ rule: 'meta-line', authors: [], published: '2019-11-19T10:48' });
    expect(one('Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET')?.rule).toBe('meta-line');
    expect(one('New Delhi, News Nation Bureau | Updated : 19 November 2019, 09:01 AM')?.published).toBe('2019-11-19T09:01');
  });

  it('reads a name with a job title', () => {
    expect(one('Tom Krisher, Ap Auto Writer')).toEqual({ rule: 'author-role', authors: ['Tom Krisher'], published: null });
    expect(one('Jane Doe | Staff Writer')?.authors).toEqual(['Jane Doe']);
  });

  it('removes author contact lines', () => {
    for (const line of ['Write to Al Root at allen.root@dowjones.com', '@saraheneedleman', 'Sarah.Needleman@wsj.com', 'E-mail: info@ascom.com', 'News reporter @TomGillespie1', 'Follow @AppleInsider']) {
      expect(one(line)?.rule, line).toBe('author-contact');
    }
  });

  it('reads wire credits and salvages the reporters, not the editors', () => {
    const credit = one('Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly, Saqib Iqbal Ahmed and Gertrude Chavez-Dreyfuss; Editing by Nick Zieminski and Dan Grebler');
    expect(credit).toEqual({ rule: 'reporting-credit', authors: ['Rodrigo Campos'], published: null });
    expect(one('(Reporting by Will Dunham; Editing by Tom Brown)')?.authors).toEqual(['Will Dunham']);
    expect(one('Fox News’ Jessica Napoli contributed to this report.')?.rule).toBe('reporting-credit');
  });

  it.each([
    'By most accounts, the law worked. It slowed the decline of Punjab’s water table.',
    'By the time Buckley learned who had written the song, she was only half-surprised.',
    'By 2018, when I started digging into this story, only The Last Hot Time remained in print.',
    'By Any Means Necessary',
    'By Obama’s standards',
    'By Friday the storm had passed',
    'By subject',
    'By clicking Confirm Account, I agree to the terms of service and privacy policy of Rogers Media.',
    'By January, prices had doubled.',
    'Written by hand',
    '— Robert Maguire (@RobertMaguire_) November 18, 2019',
    '“Governor @MattBevin has done a wonderful job for the people of Kentucky!” Trump tweeted before Election Day.',
    'The details of the Senate ’s plenary session was shared on the Twitter handle of the Senate , @NGRSenate .',
    'http://amzn.to/2iJFhRj',
    'WordPress.com',
    'Image Copyright @BigMachine @BigMachine',
    'He was reporting by phone from Kabul, and editing by night.',
    'Hong Kong protests: 800 students under siege in university',
  ])('keeps prose, headlines and tweet signatures: %s', (line) => {
    expect(one(line)).toBeNull();
  });

  it('salvages the authors of the first byline, not those of teasers further down', () => {
    const page = ['By Umair Irfan', '', 'Body text of the article that runs on.', '', '', '', '', '', 'Teaser headline', 'By Emily Stewart'].join('\n');
    const found = detectBylines(page);
    expect(found.map((f) => f.salvage?.authors)).toEqual([['Umair Irfan'], undefined]);
  });

  it('records authors and the date on the document', () => {
    const doc = cleanText([
      'Storm hits the coast',
      '',
      'By Jane Doe and John Roe, Reuters',
      '',
      'A storm hit the coast on Monday, and officials said the damage would take weeks to repair.',
      '',
      'Residents were told to stay indoors while crews worked to restore power to the area.',
    ].join('\n'));
    expect(doc.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(doc.removed.find((r) => r.kind === 'byline')?.rule).toBe('byline-line');
    expect(doc.text).not.toContain('By Jane Doe');
  });

  it('reads bylines, credits and contact lines whatever white space they hold', () => {
    expect(one('By\u00a0\u00a0Jane Doe')).toEqual({ rule: 'byline-line', authors: ['Jane Doe'], published: null });
    expect(one('Posted  by:  Jane Doe  on  Nov 19, 2019')).toEqual({ rule: 'byline-line', authors: ['Jane Doe'], published: '2019-11-19' });
    expect(one('Jane Doe contributed to  this report.')?.rule).toBe('reporting-credit');
    expect(one('(Reporting by Will\u00a0Dunham; Editing by Tom Brown)')?.authors).toEqual(['Will Dunham']);
    expect(one('Jane Doe, Staff Writer, Apr 3')).toEqual({ rule: 'author-role', authors: ['Jane Doe'], published: null });
    expect(one('mailto:jane')?.rule).toBe('author-contact');
    expect(one('Nov 19, 2019 | By Jane Doe')).toBeNull();
  });

  it('asserts a string input', () => {
    expect(() => detectBylines(42 as unknown as string)).toThrow(TypeError);
  });
});

describe('byline fast paths', () => {
  it('searches for exactly the job words of the rules', () => {
    expect(JOB_WORD_IN.source).toBe([...JOB_WORDS].join('|'));
    expect([...JOB_WORDS].every((w) => /^[\p{L}]+$/u.test(w))).toBe(true);
  });

  it('reads a role line whose job title is in any case, and no line without a job word', () => {
    expect(detectBylines('Jane Doe | STAFF WRITER')[0]?.salvage?.authors).toEqual(['Jane Doe']);
    expect(detectBylines('Jane Doe | Science Team')).toEqual([]);
  });

  it('measures a line by its trimmed length, not its squashed length', () => {
    const credit = 'Reporting by Jane Doe; Editing by John Roe';
    expect(detectBylines(credit)[0]?.rule).toBe('reporting-credit');
    expect(detectBylines(`Reporting by Jane Doe;${' '.repeat(400)}Editing by John Roe`)).toEqual([]);
    expect(detectBylines(`\u00a0${credit}\u00a0`)[0]).toMatchObject({ start: 1, end: credit.length + 1 });
    expect(detectBylines('\u200b\u200b\n')).toEqual([]);
  });
});
