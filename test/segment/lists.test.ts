import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/sentences.js';

describe('inline lists', () => {
  it('splits numbered items run into one line, markers staying with their items', () => {
    expect(splitSentences('1.) Ceasefire in Aleppo 2.) Aid convoys 3.) Talks in Geneva')).toEqual([
      '1.) Ceasefire in Aleppo',
      '2.) Aid convoys',
      '3.) Talks in Geneva',
    ]);
    expect(splitSentences('1. Withdraw the militants. 2. Open the road. 3. Resume talks.')).toEqual([
      '1. Withdraw the militants.',
      '2. Open the road.',
      '3. Resume talks.',
    ]);
  });

  it('splits lettered and bulleted items', () => {
    expect(splitSentences('a) the sanctions b) the embargo c) the assets')).toEqual(['a) the sanctions', 'b) the embargo', 'c) the assets']);
    expect(splitSentences('• Moscow backs the plan • Washington objects • Ankara waits')).toEqual([
      '• Moscow backs the plan',
      '• Washington objects',
      '• Ankara waits',
    ]);
  });

  it('opens a list after a colon with its first item', () => {
    expect(splitSentences('The resolution demands: 1) a ceasefire 2) access for aid')).toEqual([
      'The resolution demands:',
      '1) a ceasefire',
      '2) access for aid',
    ]);
  });

  it('leaves numbers that are not a run of markers alone', () => {
    expect(splitSentences('Resolution 2254 was adopted in 2015. 2016 saw little progress.')).toEqual([
      'Resolution 2254 was adopted in 2015. 2016 saw little progress.',
    ]);
    expect(splitSentences('He scored 2) goals and 3) assists, a typo said.')).toHaveLength(1);
    expect(splitSentences('1. The first item is long. It has two sentences. 3. Not the next item.')).toEqual([
      '1. The first item is long.',
      'It has two sentences. 3.',
      'Not the next item.',
    ]);
  });
});
