import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/sentences.js';

describe('a.m. and p.m.', () => {
  it('keeps a time with the day, month or zone after it', () => {
    expect(splitSentences('The Security Council meets at 2 p.m. Tuesday in New York.')).toHaveLength(1);
    expect(splitSentences('Polls close at 8 p.m. EST on Nov. 8.')).toHaveLength(1);
    expect(splitSentences('The strike began at 10 a.m. Moscow time.')).toHaveLength(1);
    expect(splitSentences('The vote is due at 9 a.m. Friday, officials said.')).toHaveLength(1);
  });

  it('ends a sentence at a time before a capitalised word', () => {
    expect(splitSentences('The convoy left at 6 p.m. Officials said it was safe.')).toEqual([
      'The convoy left at 6 p.m.',
      'Officials said it was safe.',
    ]);
    expect(splitSentences('Fighting resumed after 11 P.M. The ceasefire had lasted a day.')).toEqual([
      'Fighting resumed after 11 P.M.',
      'The ceasefire had lasted a day.',
    ]);
  });

  it('does not end a sentence at a time that only introduces it', () => {
    expect(splitSentences('At 7 a.m. Russian aircraft struck the depot.')).toHaveLength(1);
    expect(splitSentences('On Tuesday at 2 p.m. Lavrov met Kerry.')).toHaveLength(1);
  });

  it('keeps a time before lower case', () => {
    expect(splitSentences('The statement came at 3 p.m. local time on Friday.')).toHaveLength(1);
  });
});
