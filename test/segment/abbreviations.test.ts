import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/sentences.js';

describe('abbreviations, initialisms and initials', () => {
  it('never ends a sentence after a rank or title', () => {
    expect(splitSentences('Lt. Gen. Igor Konashenkov told reporters that Maj. Gen. Ivan Petrov had left. Gov. Doug Ducey agreed.')).toEqual([
      'Lt. Gen. Igor Konashenkov told reporters that Maj. Gen. Ivan Petrov had left.',
      'Gov. Doug Ducey agreed.',
    ]);
    expect(splitSentences('Sen. John McCain (R-Ariz.) and Rep. Adam Schiff, D-Calif., met Dr. Anthony Fauci.')).toHaveLength(1);
    expect(splitSentences('Adm. Michael Gilday and Sgt. Maj. Troy Black arrived with Prof. Jane Doe.')).toHaveLength(1);
  });

  it('ends a sentence after U.S. / U.N. only before a word that opens sentences', () => {
    expect(splitSentences('The sanctions were imposed by the U.S. The EU followed suit.')).toEqual([
      'The sanctions were imposed by the U.S.',
      'The EU followed suit.',
    ]);
    expect(splitSentences('Aid was blocked, according to the U.N. However, convoys resumed on Monday.')).toEqual([
      'Aid was blocked, according to the U.N.',
      'However, convoys resumed on Monday.',
    ]);
    expect(splitSentences('U.S. Secretary of State John Kerry called the U.N. Security Council.')).toHaveLength(1);
    expect(splitSentences('The U.S. Treasury and U.K. officials met U.S. Army commanders.')).toHaveLength(1);
    expect(splitSentences('Washington has kept troops in the U.S.-led coalition for years.')).toHaveLength(1);
  });

  it('ends a sentence after a company or address suffix only before a sentence opener', () => {
    expect(splitSentences('The deal went to Morgan Stanley & Co. It was announced on Monday.')).toEqual([
      'The deal went to Morgan Stanley & Co.',
      'It was announced on Monday.',
    ]);
    expect(splitSentences('Goldman Sachs & Co. Chief Executive Lloyd Blankfein declined to comment.')).toHaveLength(1);
    expect(splitSentences('The office moved to 1600 Pennsylvania Ave. Staff followed later.')).toEqual([
      'The office moved to 1600 Pennsylvania Ave. Staff followed later.',
    ]);
    expect(splitSentences('The office moved to 1600 Pennsylvania Ave. This was in May.')).toEqual([
      'The office moved to 1600 Pennsylvania Ave.',
      'This was in May.',
    ]);
  });

  it('treats US state abbreviations as possible sentence ends', () => {
    expect(splitSentences('The rally was held in Phoenix, Ariz. It drew thousands.')).toEqual([
      'The rally was held in Phoenix, Ariz.',
      'It drew thousands.',
    ]);
    expect(splitSentences('The rally in Phoenix, Ariz. drew thousands.')).toHaveLength(1);
  });

  it('keeps middle initials and ends on the pronoun I', () => {
    expect(splitSentences('Former President George W. Bush and John F. Kennedy Jr. were named.')).toHaveLength(1);
    expect(splitSentences('The report was written by J. K. Rowling and E. B. White.')).toHaveLength(1);
    expect(splitSentences('Neither he nor I. The rest of them agreed.')).toEqual(['Neither he nor I.', 'The rest of them agreed.']);
  });

  it('ends a sentence after an ordinary word before any capital', () => {
    expect(splitSentences('The talks ended in Geneva. Lavrov flew home.')).toEqual(['The talks ended in Geneva.', 'Lavrov flew home.']);
  });

  it('keeps leading abbreviations with what they introduce', () => {
    expect(splitSentences('The case Roe v. Wade was cited, e.g. The Times reported it.')).toHaveLength(1);
  });

  it('keeps a period before a number: No. 5, N°. 12, p. 7', () => {
    expect(splitSentences('He lives at No. 5 Baker Street, see p. 7 and N°. 12 of the list.')).toHaveLength(1);
  });
});
