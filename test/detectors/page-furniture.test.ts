import { describe, expect, it } from 'vitest';
import { cleanText, detectPageFurniture, splitLines } from '../../src/index.js';
import type { Finding } from '../../src/index.js';

const NAV = ['Home', 'World', 'U.S.', 'Politics', 'Business', 'Tech', 'Science', 'Sports', 'Opinion', 'Subscribe', 'Log In'];
const BODY = [
  'Americans have gone to the polls four times this month to vote in major, statewide races, and the results have not been kind to the president or to his party.',
  'In Virginia, they voted for control of the state Legislature. In Kentucky and Louisiana, they voted for governor, and in each case the incumbent party lost ground.',
  'It’s true that Democrats didn’t run on the issue of impeachment. These races were centered on more quotidian issues like health care, transportation and schools.',
  '“You gotta give me a big win please,” he said later. “Please.”',
  'But just because no one ran on impeachment doesn’t mean it wasn’t in the air, and voters could have shown they were tired of the investigations.',
];
const FOOT = ['Most Popular', 'Arizona Development Bans Residents From Bringing Cars', 'Beware the Gift Card Scam', 'Privacy Policy', 'Terms of Use', '© 2019 Example News'];
const PAGE = ['Republicans Are Following Trump to Nowhere - Example Times', '', ...NAV, '', 'Republicans Are Following Trump to Nowhere', '', ...BODY.flatMap((p) => [p, '']), ...FOOT].join('\n');

const detect = (text: string, findings: Finding[] = [], focus: 'precision' | 'balanced' | 'recall' = 'balanced') =>
  detectPageFurniture({ text, lines: splitLines(text), findings, focus });

describe('detectPageFurniture', () => {
  it('removes the page head and tail around the dense article run', () => {
    const found = detect(PAGE);
    expect(found.map((f) => f.rule)).toEqual(['headline-repeat', 'page-head', 'page-tail']);
    expect(found[0]).toMatchObject({ kind: 'duplicate-title', text: 'Republicans Are Following Trump to Nowhere' });
    expect(found[1]).toMatchObject({ kind: 'navigation', text: NAV.join('\n') });
    expect(found[2]!.kind).toBe('footer');
    for (const f of found) expect(PAGE.slice(f.start, f.end)).toBe(f.text);
  });

  it('leaves the title line to the headline detector and marks the headline repeated in the page', () => {
    const doc = cleanText(PAGE);
    expect(doc.title).toBe('Republicans Are Following Trump to Nowhere - Example Times');
    expect(doc.removed.filter((r) => r.kind === 'duplicate-title' || r.kind === 'title').map((r) => r.kind)).toEqual(['title', 'duplicate-title']);
    expect(doc.text.startsWith('Americans have gone to the polls')).toBe(true);
  });

  it('keeps short real paragraphs, quotes and lists inside the article', () => {
    const list = ['What to know:', 'Polls close at 8 p.m.', 'Turnout was 42 percent.', 'Results are expected overnight.'];
    const page = PAGE.replace(BODY[3]!, `${BODY[3]}\n\n${list.join('\n')}`);
    const doc = cleanText(page);
    expect(doc.text).toContain('“You gotta give me a big win please,” he said later. “Please.”');
    for (const item of list) expect(doc.text).toContain(item);
    expect(doc.text).not.toContain('Beware the Gift Card Scam');
  });

  it('leaves short texts and clean articles alone', () => {
    expect(detect('One line.\n\nAnother line.')).toEqual([]);
    const clean = BODY.join('\n\n');
    expect(cleanText(clean).text).toBe(BODY.join('\n\n'));
  });

  it('removes a related-stories inset but keeps the article around it', () => {
    const inset = ['Related', 'Plague outbreak: China hit by a contagious pneumonic plague', 'Mosquitos are headed to Britain'];
    const page = PAGE.replace(BODY[2]!, `${inset.join('\n')}\n\n${BODY[2]}`);
    const doc = cleanText(page);
    expect(doc.text).not.toContain('Plague outbreak');
    expect(doc.text).toContain(BODY[2]);
    expect(doc.text).toContain(BODY[4]);
    expect(doc.removed.some((r) => r.rule === 'related-inset')).toBe(true);
  });

  it('keeps the article after an inset when a subheading or a post signature stands before the next paragraph', () => {
    // The shape of a Sky News dump: "More from UK", teasers, a paragraph, "Club statement", an embedded tweet's signature.
    const inset = ['More from UK', 'Prince Andrew: BT and three universities abandon ties with duke', 'EuroMillions: UK ticket holder wins £105m jackpot prize'];
    const after = ['Club statement', '', '— Tottenham Hotspur (@SpursOfficial) November 20, 2019'].join('\n');
    const page = PAGE.replace(BODY[2]!, `${inset.join('\n\n')}\n\n${BODY[2]}\n\n${after}`);
    const doc = cleanText(page);
    expect(doc.text).not.toContain('EuroMillions');
    expect(doc.text).toContain(BODY[3]);
    expect(doc.text).toContain(BODY[4]);
  });

  it('ends the article at a related list of headline and summary pairs', () => {
    const teasers = ['Top stories', 'Urartu relics unearthed in Iran', 'Archaeological relics related to the Kingdom of Urartu have recently been found in a mount in the north.',
      'Pentagon announces $10.1 mln deal for equipment supplies', 'Work will be performed in Alexandria, Virginia, and is expected to be completed in September 2020.'];
    const page = PAGE.replace(FOOT[0]!, `${teasers.join('\n\n')}\n\n${FOOT[0]}`);
    expect(cleanText(page).text).not.toContain('Work will be performed');
  });

  it('keeps a list the article announces with a colon, and the footer under it goes', () => {
    // The shape of a Billboard dump: "… Tour 2020 dates:" and one date a line.
    const dates = ['The tour dates:', 'June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL', 'June 10 -- MIDFLORIDA Credit Union Amphitheatre, Tampa, FL',
      'June 14 -- Ameris Bank Amphitheatre, Alpharetta, GA', 'June 17 -- Bridgestone Arena, Nashville, TN'];
    const page = PAGE.replace(FOOT[0]!, `${dates.join('\n')}\n\n${FOOT[0]}`);
    const doc = cleanText(page);
    for (const d of dates) expect(doc.text).toContain(d);
    expect(doc.text).not.toContain('Beware the Gift Card Scam');
    // Without the colon the lines are a list of links like any footer.
    const links = cleanText(PAGE.replace(FOOT[0]!, `${dates.slice(1).join('\n')}\n\n${FOOT[0]}`));
    expect(links.text).not.toContain('Bridgestone Arena');
  });

  it('removes every further copy of the repeated headline', () => {
    const headline = 'Republicans Are Following Trump to Nowhere';
    const doc = cleanText(PAGE.replace(BODY[3]!, `${BODY[3]}\n\n${headline}`));
    expect(doc.text).not.toContain(headline);
    expect(doc.removed.filter((r) => r.rule === 'headline-repeat')).toHaveLength(2);
  });

  it('removes a second copy of a line of the article, and keeps a refrain', () => {
    // A gallery caption printed twice in the body, as in a Houston Chronicle dump.
    const caption = 'U.S. Defense Secretary Mark Esper, left, and Vietnamese Defense Minister Ngo Xuan Lich shake hands in Hanoi.';
    const doc = cleanText(PAGE.replace(BODY[1]!, `${caption}\n\n${BODY[1]}\n\n${caption}`));
    expect(doc.text.split(caption).length - 1).toBe(1);
    expect(doc.removed.find((r) => r.rule === 'page-repeat')?.kind).toBe('boilerplate');
    // An interview asks every guest the same question: each copy stays.
    const question = 'What kind of cooking do you like yourself, and do you have favourite dishes at home?';
    const answers = BODY.filter((b) => b.length > 100).map((b, k) => `${k + 1}. ${b}`);
    const interview = PAGE.replace(BODY[1]!, answers.flatMap((a) => [question, a]).join('\n\n'));
    expect(cleanText(interview).text.split(question).length - 1).toBe(answers.length);
    expect(answers.length).toBeGreaterThan(3);
  });

  it('cuts more with focus recall than with focus precision', () => {
    const kept = (focus: 'precision' | 'recall') => cleanText(PAGE, { focus }).text.length;
    expect(kept('precision')).toBeGreaterThanOrEqual(kept('recall'));
  });
});
