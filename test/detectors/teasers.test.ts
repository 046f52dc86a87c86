import { describe, expect, it } from 'vitest';
import { cleanText, detectBylines, detectTeasers } from '../../src/index.js';

function teasers(text: string) {
  const found = detectTeasers(text, undefined, detectBylines(text));
  for (const f of found) {
    expect(f.text).toBe(text.slice(f.start, f.end));
    expect(f.kind).toBe('related');
  }
  return found;
}

// Teaser lists from the text dumps of the article-extraction benchmark.
const GLUED = [
  'Police: 2 In Custody After Death Of U of M-Dearborn Student-AthleteA 24-year-old woman and a 28-year-old man have been arrested in connection with the death of a student.',
  "Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six left Ruth's Chris Steakhouse in Troy without paying their bill after a fight in the restaurant.",
  'Michigan To Mail Redistricting Panel Applications To 250,000The state of Michigan will mail 250,000 applications encouraging voters to apply to serve on a new commission.',
  'Is Violence In Sports On The Rise?Violence is part of the game in many sports but Myles Garrett crossed a line that attracts the attention of authorities.',
];

const STORY = [
  'A storm hit the coast on Monday, and officials said the damage would take weeks to repair.',
  'Residents were told to stay indoors while crews worked to restore power to the area.',
  'The state will open shelters in three counties, the governor said on Tuesday evening.',
];

describe('detectTeasers', () => {
  it('finds headlines glued to their summaries and salvages the headlines', () => {
    const found = teasers(GLUED.join('\n'));
    expect(found.map((f) => f.rule)).toEqual(['glued-teaser', 'glued-teaser', 'glued-teaser', 'glued-teaser']);
    expect(found.map((f) => f.salvage?.related?.[0]?.title)).toEqual([
      'Police: 2 In Custody After Death Of U of M-Dearborn Student-Athlete',
      'Customers Leave Without Paying $690 Bill At Troy Steakhouse',
      'Michigan To Mail Redistricting Panel Applications To 250,000',
      'Is Violence In Sports On The Rise?',
    ]);
  });

  it('leaves a lone glued line alone: teasers come in lists', () => {
    expect(teasers([STORY[0], GLUED[0], STORY[1]].join('\n'))).toEqual([]);
  });

  it.each([
    // Brand names and model numbers, from the same dumps.
    'Following the 16-inch MacBook Pro, Apple plans to release a new 13-inch MacBook Pro with a scissor switch keyboard in the first half of 2020.',
    'Compared: Apple’s 16-inch MacBook Pro vs the 2019 15-inch MacBook Pro, and which one you should buy this year.',
    "Los Angeles Lakers' LeBron James dunks during the first half of the team's NBA basketball game against the Oklahoma City Thunder.",
    'AMD’s Ryzen 9 3950X 16 Core CPU Faster Than Intel’s Flagship Core i9 10980XE In Geekbench, the leak says.',
    'How to use Apple’s HomeKit Secure Video in iOS 13 and what it records when nobody is at home.',
    'Doobie Brothers Unite With Michael McDonald for 50th Anniversary Tour, and fans are thrilled about it.',
  ])('keeps prose with camel-case names: %s', (line) => {
    expect(teasers([line, line.replace('the', 'a'), line].join('\n'))).toEqual([]);
  });

  it('finds blocks of headline, author and summary repeated as a list', () => {
    const blocks = [
      'Marie Yovanovitch is the only impeachment witness so far to demonstrate a legitimate gripe',
      'Eddie Scarry',
      'After three days of congressional hearings, only one witness has emerged so far with a legitimate gripe.',
      'Kurt Volker throws Rudy Giuliani under the bus',
      'Kaylee McGhee',
      'Kurt Volker, a former special envoy to Ukraine, has been tied to what Acting Ambassador William Taylor dubbed the irregular channel.',
      'Impeachment aside, US-Ukraine relations remain very strong',
      'Tom Rogan',
      'Beyond the partisan whirlwind of impeachment hearings, the United States-Ukraine relationship remains strong.',
    ];
    const found = teasers([...STORY, ...blocks].join('\n\n'));
    expect(found).toHaveLength(9);
    expect(found.every((f) => f.rule === 'teaser-block')).toBe(true);
    expect(found.flatMap((f) => f.salvage?.related ?? []).map((r) => r.title)).toEqual([blocks[0], blocks[3], blocks[6]]);
  });

  it('finds teaser cards that open with a kicker in capitals over a Title Case headline', () => {
    // Cards of a news aggregator's dump: kicker, headline, source and tags, summary.
    const cards = [
      'RUNNING LONG', 'Why Movies Went From 15 Minutes To Two Hours Long', 'Explainer Histories', 'Thanks, "Quo Vadis."',
      'CREME DE LA CREME', '1,200 Stolen Paintings Were Discovered In A Los Angeles Storage Locker', 'hyperallergic.com Art Crime',
      'Of a total 2,300 missing paintings by Scottish painter Benjamin Creme, 1,200 have been found in a storage unit.',
      'JACKPOT', 'The Best $2,000 I Ever Spent: Many, Many Rounds Of Bingo', 'vox.com Gaming Money',
      "It's the one activity where money becomes more magical and less weighty.",
    ];
    const found = teasers([...STORY, ...cards].join('\n\n'));
    expect(found.map((f) => f.text)).toEqual(cards);
    expect(found.flatMap((f) => f.salvage?.related ?? []).map((r) => r.title)).toEqual([cards[1], cards[5], cards[9]]);
  });

  it('keeps an article with subheadings in capitals', () => {
    const article = ['WHAT THE LAW CHANGES', STORY[0]!, 'WHO PAYS FOR REPAIRS', STORY[1]!, 'WHEN SHELTERS OPEN', STORY[2]!];
    expect(teasers(article.join('\n\n'))).toEqual([]);
  });

  it('keeps an article whose subheadings alternate with paragraphs', () => {
    const article = [
      'What the new law changes',
      STORY[0]!,
      'Who has to pay for the repairs',
      STORY[1]!,
      'When the shelters will open',
      STORY[2]!,
      'How residents can get help now',
      STORY[0]!.replace('Monday', 'Friday'),
    ];
    expect(teasers(article.join('\n\n'))).toEqual([]);
  });

  it('cuts a glued teaser list out of a page and keeps the story', () => {
    const doc = cleanText(['Latest Headlines', '', ...GLUED, '', 'Storm hits the coast', '', ...STORY].join('\n'));
    expect(doc.text).not.toContain('Steakhouse');
    expect(doc.text).toContain('Residents were told to stay indoors');
    expect(doc.related.map((r) => r.title)).toContain('Is Violence In Sports On The Rise?');
  });

  it('asserts a string input', () => {
    expect(() => detectTeasers(1 as unknown as string)).toThrow(TypeError);
  });
});
