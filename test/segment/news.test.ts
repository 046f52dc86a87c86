import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/sentences.js';

describe('news copy', () => {
  it('keeps an agency dateline together and ends it before the story', () => {
    expect(splitSentences('MOSCOW, October 6. /TASS/. Moscow backs the UN special envoy’s idea.')).toEqual([
      'MOSCOW, October 6. /TASS/.',
      'Moscow backs the UN special envoy’s idea.',
    ]);
    expect(splitSentences('WASHINGTON, Oct. 6 (Reuters) - U.S. officials said on Thursday the talks failed.')).toHaveLength(1);
  });

  it('does not end sentences inside URLs, e-mail addresses, decimals or money', () => {
    expect(splitSentences('Read it at https://tass.com/politics/1234.html. The page is in English.')).toEqual([
      'Read it at https://tass.com/politics/1234.html.',
      'The page is in English.',
    ]);
    expect(splitSentences('Write to press.office@un.org. Replies take a week.')).toEqual([
      'Write to press.office@un.org.',
      'Replies take a week.',
    ]);
    expect(splitSentences('Output rose 3.5 percent to $1.2 billion in the third quarter. Shares fell 0.7%.')).toEqual([
      'Output rose 3.5 percent to $1.2 billion in the third quarter.',
      'Shares fell 0.7%.',
    ]);
  });

  it('keeps numbered resolutions and dates with their sentence', () => {
    expect(splitSentences('UN Security Council Resolution 2254 was adopted on Dec. 18, 2015. It calls for talks.')).toEqual([
      'UN Security Council Resolution 2254 was adopted on Dec. 18, 2015.',
      'It calls for talks.',
    ]);
  });

  it('ends sentences at ! and ? unless lower case follows', () => {
    expect(splitSentences('She works at Yahoo! in London. Is it over? Nobody knows!')).toEqual([
      'She works at Yahoo! in London.',
      'Is it over?',
      'Nobody knows!',
    ]);
  });

  it('never lets a sentence cross a blank line', () => {
    expect(splitSentences('Russia-US contacts\n\nBogdanov noted that contacts go on')).toEqual([
      'Russia-US contacts',
      'Bogdanov noted that contacts go on',
    ]);
    expect(splitSentences('Russia-US contacts \n\nBogdanov noted that contacts go on')).toEqual([
      'Russia-US contacts',
      'Bogdanov noted that contacts go on',
    ]);
    expect(splitSentences('Intra-Syrian dialogue\r\n \r\nBogdanov and Qadri Jamil met.')).toEqual([
      'Intra-Syrian dialogue',
      'Bogdanov and Qadri Jamil met.',
    ]);
  });
});
