import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/sentences.js';

describe('quotes and brackets', () => {
  it('splits a quote spanning sentences and keeps the attribution after the closing quote', () => {
    expect(
      splitSentences(
        '"It’s high time this is done. We’ll see if the idea is met with positive response," he said. "He puts forward his ideas."',
      ),
    ).toEqual([
      '"It’s high time this is done.',
      'We’ll see if the idea is met with positive response," he said.',
      '"He puts forward his ideas."',
    ]);
  });

  it('keeps a capitalised attribution after a question or exclamation in quotes', () => {
    expect(splitSentences('"Why should we leave now?" Lavrov asked. "We are not leaving!" Bogdanov told TASS.')).toEqual([
      '"Why should we leave now?" Lavrov asked.',
      '"We are not leaving!" Bogdanov told TASS.',
    ]);
    expect(splitSentences('“Is this the end?” Foreign Minister Sergey Lavrov said on Friday.')).toHaveLength(1);
  });

  it('ends a quoted sentence when no attribution follows', () => {
    expect(splitSentences('"We are ready." Lavrov said the talks would continue next week in Geneva.')).toEqual([
      '"We are ready."',
      'Lavrov said the talks would continue next week in Geneva.',
    ]);
  });

  it('reads curly and straight quotes mixed in one sentence', () => {
    expect(splitSentences('Russia will “no longer take seriously" requests that it stop the strikes, the ministry said.')).toHaveLength(1);
    expect(splitSentences('He called it “a farce." Then he left.')).toEqual(['He called it “a farce."', 'Then he left.']);
  });

  it('keeps bracketed editorial insertions and parentheticals inside their sentence', () => {
    expect(
      splitSentences('Jabhat al-Nusra [organization recognized in Russia as terrorist and prohibited. – Ed.] shelled the city.'),
    ).toHaveLength(1);
    expect(splitSentences('The plan (It was drafted in 2015. It failed.) is dead. Talks resumed.')).toEqual([
      'The plan (It was drafted in 2015. It failed.) is dead.',
      'Talks resumed.',
    ]);
    expect(splitSentences('Contacts go on permanently. (Russian) Foreign Minister Sergey Lavrov talks daily.')).toEqual([
      'Contacts go on permanently.',
      '(Russian) Foreign Minister Sergey Lavrov talks daily.',
    ]);
  });
});
