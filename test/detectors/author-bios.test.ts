import { describe, expect, it } from 'vitest';
import { cleanText, detectAuthorBios, detectBylines } from '../../src/index.js';

/** Run the bio detector after the byline detector, as the pipeline does. */
function bios(text: string) {
  const found = detectAuthorBios(text, undefined, detectBylines(text));
  for (const f of found) expect(f.text).toBe(text.slice(f.start, f.end));
  return found;
}

const STORY = 'The council voted on Tuesday to close the old bridge, and the work is to start next spring after a final review.';

describe('detectAuthorBios', () => {
  // Bios and author boxes from the text dumps of the article-extraction benchmark.
  it('removes a bio whose subject the byline names', () => {
    const text = ['By Brigit Katz', '', STORY, '', 'Brigit Katz is a freelance writer based in Toronto. Her work has appeared in a number of publications.'].join('\n');
    const found = bios(text);
    expect(found.map((f) => [f.kind, f.rule])).toEqual([['author-bio', 'bio-paragraph']]);
    expect(found[0]!.salvage?.authors).toEqual(['Brigit Katz']);
  });

  it('matches a bio by first name and a name glued to its job title', () => {
    expect(bios(['By Zac Hall', '', STORY, '', 'Zac covers Apple news for 9to5Mac and hosts the weekly podcast.'].join('\n'))).toHaveLength(1);
    const glued = bios(['By Meg JamesStaff Writer', '', STORY, '', 'Meg James', '', 'Meg James is a corporate media reporter for the Los Angeles Times.'].join('\n'));
    expect(glued[0]!.text).toBe('Meg James\n\nMeg James is a corporate media reporter for the Los Angeles Times.');
  });

  it('removes an author box: the header, the name under it and the bio', () => {
    const text = [STORY, '', 'About the Author', '', 'Trevor Daugherty', '', 'Trevor Daugherty is the Senior Editor of 9to5Toys. Since joining in 2014, he’s specialized in product reviews.'].join('\n');
    const found = bios(text);
    expect(found.map((f) => f.text)).toEqual([
      'About the Author',
      'Trevor Daugherty',
      'Trevor Daugherty is the Senior Editor of 9to5Toys. Since joining in 2014, he’s specialized in product reviews.',
    ]);
    expect(found[1]!.salvage?.authors).toEqual(['Trevor Daugherty']);
  });

  it('removes an author box headed by the name, in other languages too', () => {
    const pt = bios([STORY, '', 'Sobre Carlos Nadalim', '', 'Pai de Francesco e Teresa, Carlos Nadalim é também coordenador pedagógico na escola.'].join('\n'));
    expect(pt.map((f) => f.rule)).toEqual(['bio-header', 'bio-paragraph']);
    expect(pt[0]!.salvage?.authors).toEqual(['Carlos Nadalim']);
    // The story under the box is about someone else: it stays.
    const nr = bios([STORY, '', 'About Victor Davis Hanson', 'Follow Victor Davis Hanson on Twitter', 'Time is not on Adam Schiff’s side.', 'Schiff is a congressman who has led the inquiry.'].join('\n'));
    expect(nr.map((f) => f.text)).toEqual(['About Victor Davis Hanson', 'Follow Victor Davis Hanson on Twitter']);
    // "About New York" over a line that does not name it is a section heading.
    expect(bios([STORY, '', 'About New York', '', 'The city has eight million people and five boroughs.'].join('\n'))).toEqual([]);
  });

  it('removes an author box without a header: the name, then a bio of that person in the trade', () => {
    const found = bios([STORY, '', 'Emiliano Bellini', '', 'Emiliano joined pv magazine in March 2017. He has been reporting on solar and renewable energy since 2009.'].join('\n'));
    expect(found.map((f) => f.rule)).toEqual(['bio-paragraph']);
    expect(found[0]!.text.startsWith('Emiliano Bellini\n')).toBe(true);
    // A site's promotion and a subheading over a profile are no author boxes.
    expect(bios([STORY, '', 'Medical Xpress', 'Medical Xpress covers all medical research advances and health news.'].join('\n'))).toEqual([]);
    expect(bios([STORY, '', 'Joe Biden', 'Biden is the former vice president and has led the polls since he entered the race.'].join('\n'))).toEqual([]);
  });

  it('removes a bio that points at its author with a handle and a trade', () => {
    const line = 'Molly Wood (@mollywood) is an Ideas contributor at WIRED and the host and senior editor of Marketplace Tech.';
    expect(bios(`${STORY}\n\n${line}`)[0]?.rule).toBe('bio-paragraph');
  });

  it.each([
    // A person described in the story, not its author.
    ['By Jane Doe', 'Phil Helsel is a reporter for NBC News who broke the story last year.'],
    ['By Jane Doe', 'Jamal Khashoggi was a columnist for The Washington Post.'],
    // Company boilerplate that opens with a name and a bio verb.
    ['By Tim Childers - Live Science Contributor', 'Live Science is part of Future US Inc, an international media group and leading digital publisher.'],
    ['E-mail: info@ascom.com', 'Ascom is a global solutions provider focused on healthcare ICT and mobile workflow solutions.'],
    // "About the author" inside a sentence, and possessives.
    ['By Jane Doe', 'About the author of the report, little is known beyond her name.'],
    ['By Mike Wall', 'Mike Wall’s book about the search for alien life is out now. Follow him on Twitter @michaelwall.'],
  ])('keeps prose: %s / %s', (byline, line) => {
    expect(bios([byline, '', STORY, '', line].join('\n'))).toEqual([]);
  });

  it('salvages the author into the document', () => {
    const doc = cleanText([
      'Bridge to close next spring',
      '',
      STORY,
      '',
      'Officials said traffic would move to the new crossing, which opened in May after two years of work.',
      '',
      'About the author',
      '',
      'Ed Cara',
      '',
      'Ed Cara is a staff writer who covers health and science.',
    ].join('\n'));
    expect(doc.authors).toEqual(['Ed Cara']);
    expect(doc.text).not.toContain('staff writer');
    expect(doc.text).toContain('Officials said traffic');
  });

  it('finds headers and bios however their lines are spaced, and a header that carries its colon', () => {
    const texts = (lines: string[]) => bios(lines.join('\n')).map((f) => [f.rule, f.text]);
    expect(texts([STORY, '', "L'autore:", '', 'Marco Rossi'])).toEqual([['bio-header', "L'autore:"], ['bio-header', 'Marco Rossi']]);
    expect(texts([STORY, '', '\u00a0About  the\tauthor :', '', 'Trevor  Daugherty', '', 'Trevor Daugherty is the Senior Editor of 9to5Toys.'])).toEqual([
      ['bio-header', 'About  the\tauthor :'], ['bio-header', 'Trevor  Daugherty'], ['bio-paragraph', 'Trevor Daugherty is the Senior Editor of 9to5Toys.'],
    ]);
    expect(texts([STORY, '', '\u200bAbout the author', '', 'Jane Doe'])).toEqual([['bio-header', '\u200bAbout the author'], ['bio-header', 'Jane Doe']]);
    expect(texts(['By Molly Wood', '', STORY, '', 'Molly Wood (@mollywood) is a contributing writer at Wired.'])).toHaveLength(1);
    expect(texts(['By Ludwig van Beethoven', '', STORY, '', 'Ludwig van Beethoven\u00a0 is a staff writer.'])).toHaveLength(1);
  });

  it('asserts a string input', () => {
    expect(() => detectAuthorBios(null as unknown as string)).toThrow(TypeError);
  });
});

describe('author-bio openings read in place', () => {
  const bio = (line: string) => detectAuthorBios(`By Ludwig van Beethoven\n\n${line}\n`, undefined, detectBylines('By Ludwig van Beethoven'));

  it('reads a particle, a non-ASCII capital and a bracketed handle in the opening words', () => {
    expect(bio('Ludwig van Beethoven is a staff writer.')[0]?.salvage?.authors).toEqual(['Ludwig van Beethoven']);
    expect(detectAuthorBios('About the author\n\nÉmile Zola\n')[1]?.salvage?.authors).toEqual(['Émile Zola']);
    expect(bio('Ludwig (@ludwig) writes about music.')[0]?.salvage?.authors).toEqual(['Ludwig']);
  });

  it('takes no possessive, listed or lower-case opening for a name, and a verb in any case', () => {
    expect(bio("Ludwig's van Beethoven is a staff writer.")).toEqual([]);
    expect(bio('Ludwig, van Beethoven is a staff writer.')).toEqual([]);
    expect(bio('van Beethoven is a staff writer.')).toEqual([]);
    expect(bio('Ludwig (@ludwig) WRITES about music.')[0]?.salvage?.authors).toEqual(['Ludwig']);
    expect(bio('Ludwig (@ludwig) composes music.')).toEqual([]);
  });
});
