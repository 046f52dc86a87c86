import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/sentences.js';

describe('ellipses', () => {
  it('keeps an ellipsis inside a sentence before lower case', () => {
    expect(splitSentences('There are no more threats… of attacks on humanitarian convoys.')).toHaveLength(1);
    expect(splitSentences('The plan was . . . well, complicated.')).toHaveLength(1);
  });

  it('ends a sentence at an ellipsis before a capital, but not before the pronoun I', () => {
    expect(splitSentences('We waited for hours... The convoy never came.')).toEqual(['We waited for hours...', 'The convoy never came.']);
    expect(splitSentences('We waited for hours… I think it was six.')).toHaveLength(1);
  });

  it('ends a sentence at four dots', () => {
    expect(splitSentences('The talks stalled.... Diplomats left Geneva.')).toEqual(['The talks stalled....', 'Diplomats left Geneva.']);
    expect(splitSentences('The talks stalled . . . . Diplomats left Geneva.')).toEqual(['The talks stalled . . . .', 'Diplomats left Geneva.']);
  });

  it('gives a spaced ellipsis after a full stop to the next sentence', () => {
    expect(splitSentences('The war must end. . . . Peace will come.')).toEqual(['The war must end.', '. . . Peace will come.']);
  });

  it('does not end a sentence at an elision in brackets', () => {
    expect(splitSentences('He said the group [...] had left Aleppo.')).toHaveLength(1);
    expect(splitSentences('"We will win <…> and the enemy will be defeated," he said.')).toHaveLength(1);
    expect(splitSentences('"We will win. <…> The enemy will be defeated," he said.')).toEqual([
      '"We will win.',
      '<…> The enemy will be defeated," he said.',
    ]);
  });
});
