import type { Detector, Finding, Line, RelatedArticle } from '../types.js';
import { assertString } from '../ingest/assert.js';
import { contentEnd, contentStart, nonBlankLines, splitLines } from '../ingest/lines.js';
import { endsWithMark } from '../ingest/line-end.js';
import { pageLines } from '../ingest/page-lines.js';

/** A teaser's summary runs on for a few words at least after its glued headline. */
const MIN_SUMMARY_WORDS = 6;
/** Headlines are at most this long before the glue point. */
const MAX_HEADLINE = 200;
const MIN_HEADLINE_WORDS = 3;
/** The last word of a glued headline has this many letters at least. */
const MIN_GLUED_WORD = 4;
/** Glued teasers come in lists: another one stands within this many lines. */
const LIST_REACH = 3;
/** A teaser block repeats at least this often before it is a list. */
const MIN_BLOCKS = 3;
/** A summary is a paragraph: this long at least. */
const MIN_SUMMARY = 80;
const MAX_NAME_LINE = 40;

/**
 * Find lists of teasers for other stories that read like prose and so pass
 * as article text:
 *
 * - `glued-teaser`: a Title Case headline glued to its summary by a scraper
 *   that dropped the space between two elements ("Police: 2 In Custody After
 *   Death Of Student-AthleteA 24-year-old woman …"), when another such line
 *   stands near it;
 * - `teaser-block`: blocks of a headline, an author line and a summary
 *   paragraph, repeated three times or more in the same shape; or three
 *   cards or more that open with a kicker in capitals over a Title Case
 *   headline.
 *
 * The headlines are salvaged as related articles. A paragraph with a camel-case
 * name ("iPhone", "McDonald") has no Title Case run before it and stays, and
 * an article whose subheadings alternate with paragraphs has no author lines.
 *
 * @example detectTeasers(list)[0].rule // 'glued-teaser'
 */
export function detectTeasers(text: string, lines: readonly Line[] = splitLines(text), earlier: readonly Finding[] = []): Finding[] {
  assertString(text, 'detectTeasers');
  const solid = nonBlankLines(lines);
  const squashedLines = pageLines(text, lines).squashed;
  const squashed = solid.map((line) => squashedLines[line.index]!);
  const out: Finding[] = [];
  const glue = squashed.map(gluedAt);
  glue.forEach((at, k) => {
    if (at < 0) return;
    let near = false;
    for (let j = Math.max(0, k - LIST_REACH); j <= Math.min(glue.length - 1, k + LIST_REACH) && !near; j++) near = j !== k && glue[j]! >= 0;
    if (!near) return;
    const title = squashed[k]!.slice(0, at).trim();
    out.push(lineFinding(text, solid[k]!, 'glued-teaser', 'Unexpected teaser of another story, remove it and keep its headline', [{ title }]));
  });
  for (const [a, b] of kickerCards(squashed)) {
    for (let k = a; k <= b; k++) {
      const title = k === a + 1 ? squashed[k]! : null;
      out.push(lineFinding(text, solid[k]!, 'teaser-block', 'Unexpected teaser of another story, remove it', title ? [{ title }] : undefined));
    }
  }
  const taken = new Set(out.map((f) => f.start));
  const bylines = bylineLines(solid, earlier);
  for (const [a, b, titles] of teaserBlocks(squashed, bylines)) {
    for (let k = a; k <= b; k++) {
      if (bylines.has(k) || taken.has(contentStart(solid[k]!))) continue;
      const title = titles.get(k);
      out.push(lineFinding(text, solid[k]!, 'teaser-block', 'Unexpected teaser of another story, remove it', title ? [{ title }] : undefined));
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/**
 * Where the summary starts in a line whose Title Case headline is glued to it,
 * or -1: an upper-case letter right after a lower-case letter, a digit or a
 * question mark, with a headline of Title Case words before it and a
 * sentence after it.
 */
function gluedAt(line: string): number {
  const limit = Math.min(line.length - MIN_SUMMARY_WORDS * 3, MAX_HEADLINE);
  let wordStart = 0;
  let wordLetters = 0;
  for (let i = 0; i < limit; i++) {
    const code = line.charCodeAt(i);
    if (code === 32) {
      // A lower-case word of four letters or more fails isTitleCase for every head that holds it whole,
      // so once one has ended no later glue point can be found. Prose stops here within a few words.
      if (isAsciiLower(line.charCodeAt(wordStart)) && wordLetters >= 4) return -1;
      wordStart = i + 1;
      wordLetters = 0;
      continue;
    }
    if (isAsciiLetter(code)) wordLetters++;
    if (i < 3 || !isUpperAt(line, i)) continue;
    const prev = line.charCodeAt(i - 1);
    const afterLower = isLowerAt(line, i - 1);
    const afterDigit = prev >= 48 && prev <= 57;
    if (!(afterLower || afterDigit || prev === 63 || prev === 33)) continue;
    const beforeSpace = line.charCodeAt(i + 1) === 32;
    if (!(beforeSpace || isLowerAt(line, i + 1))) continue;
    // Brand names glue short parts ("iPhone", "McDonald", "MacBook", "AirPods"); a headline's last word is longer.
    if (afterLower && fragmentBefore(line, i) < MIN_GLUED_WORD) continue;
    // A model number ("3950X 16 Core") is no sentence start.
    if (afterDigit && beforeSpace) continue;
    if (!isTitleCase(line.slice(0, i))) continue;
    if (!hasWords(line.slice(i), MIN_SUMMARY_WORDS)) continue;
    return i;
  }
  return -1;
}

/** The letters of the word that ends right before `at`. */
function fragmentBefore(line: string, at: number): number {
  let i = at;
  while (i > 0 && isLetter(line[i - 1]!)) i--;
  return at - i;
}

/**
 * A headline in Title Case: three capitalised words at least, three in four
 * of the words that start with a letter capitalised, and no lower-case word
 * of four letters or more.
 */
function isTitleCase(head: string): boolean {
  const words = head.split(' ').filter((w) => w !== '');
  if (words.length < MIN_HEADLINE_WORDS) return false;
  let capitals = 0;
  let lettered = 0;
  for (const w of words) {
    // Cheap test first: most words open with an ASCII letter or digit, which the strip leaves.
    const first = isAsciiLetterOrDigit(w.charCodeAt(0)) ? w[0] : w.replace(/^[^\p{L}\p{N}]{1,3}/u, '')[0];
    if (first === undefined || isDigit(first)) continue;
    lettered++;
    if (isUpper(first)) capitals++;
    else if (letters(w) >= 4) return false;
  }
  return capitals >= MIN_HEADLINE_WORDS && capitals >= lettered * 0.75;
}

type Shape = 'summary' | 'headline' | 'author' | 'other';

/** Each shape as a digit of a head's key. */
const SHAPE_DIGITS: Record<Shape, number> = { summary: 0, headline: 1, author: 2, other: 3 };

/**
 * Runs of teaser blocks: the lines between two summaries (the block's head)
 * hold a headline and an author line, and the same head shape repeats for
 * at least three summaries in a row. Returns [first, last, headlines by line].
 *
 * Only the lines of a head have their shape looked at: most lines of a page
 * are paragraphs, summaries by their length, with no head between them.
 */
function teaserBlocks(squashed: readonly string[], bylines: ReadonlySet<number>): [number, number, Map<number, string>][] {
  const summaries: number[] = [];
  // A name line is short and so never a summary: only a byline can be one's author line.
  squashed.forEach((s, k) => isSummary(s) && !bylines.has(k) && summaries.push(k));
  const shapes = new Array<Shape>(squashed.length);
  const heads = summaries.map((at, n) => {
    const from = n === 0 ? Math.max(0, at - 3) : Math.max(summaries[n - 1]! + 1, at - 3);
    // The head's shapes as base-4 digits after a leading 1, so that heads of different lengths differ.
    let key = 1;
    let headline = false;
    let author = false;
    for (let k = from; k < at; k++) {
      const shape = (shapes[k] = bylines.has(k) || isNameLine(squashed[k]!) ? 'author' : shapeOf(squashed[k]!));
      key = key * 4 + SHAPE_DIGITS[shape];
      headline ||= shape === 'headline';
      author ||= shape === 'author';
    }
    return { from, key, good: headline && author };
  });
  const runs: [number, number, Map<number, string>][] = [];
  let n = 0;
  while (n < heads.length) {
    const { key, good } = heads[n]!;
    let m = n;
    while (good && m + 1 < heads.length && heads[m + 1]!.key === key && heads[m + 1]!.from === summaries[m]! + 1) m++;
    if (good && m - n + 1 >= MIN_BLOCKS) {
      const titles = new Map<number, string>();
      for (let j = n; j <= m; j++) {
        for (let k = heads[j]!.from; k < summaries[j]!; k++) if (shapes[k] === 'headline') titles.set(k, squashed[k]!);
      }
      runs.push([heads[n]!.from, summaries[m]!, titles]);
    }
    n = m + 1;
  }
  return runs;
}

/** A card is its kicker, its headline and at most this many lines under them (a meta line, a summary). */
const CARD_TAIL = 2;
const MAX_KICKER = 40;

/**
 * Runs of teaser cards that open with a kicker in capitals over a Title Case
 * headline ("RUNNING LONG" / "Why Movies Went From 15 Minutes To Two Hours
 * Long" / "Explainer Histories" / summary), three cards or more one after the
 * other. Returns [first, last] line of each card.
 */
function kickerCards(squashed: readonly string[]): [number, number][] {
  const starts: number[] = [];
  for (let k = 0; k + 1 < squashed.length; k++) {
    if (isKicker(squashed[k]!) && shapeOf(squashed[k + 1]!) === 'headline' && isTitleCase(squashed[k + 1]!)) starts.push(k);
  }
  const cards: [number, number][] = [];
  let n = 0;
  while (n < starts.length) {
    let m = n;
    while (m + 1 < starts.length && starts[m + 1]! - starts[m]! <= 2 + CARD_TAIL) m++;
    if (m - n + 1 >= MIN_BLOCKS) {
      for (let j = n; j <= m; j++) {
        const end = j < m ? starts[j + 1]! - 1 : Math.min(squashed.length - 1, starts[j]! + 1 + CARD_TAIL);
        cards.push([starts[j]!, end]);
      }
    }
    n = m + 1;
  }
  return cards;
}

/** "RUNNING LONG", "'A NATIONAL TRAGEDY'", "APPS WE DIGG | SPONSORED": a short line in capitals. */
function isKicker(line: string): boolean {
  if (line.length > MAX_KICKER) return false;
  // Cheap test first, on the character codes: most lines hold an ASCII lower-case letter, and most others are all ASCII.
  let letters = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code >= 128) return isKickerText(line);
    if (isAsciiLower(code)) return false;
    if (code >= 65 && code <= 90) letters++;
  }
  return letters >= 3;
}

/** isKicker for a line with a character past ASCII, whose case is looked up. */
function isKickerText(line: string): boolean {
  let letters = 0;
  for (const c of line) {
    if (isLower(c)) return false;
    if (isUpper(c)) letters++;
  }
  return letters >= 3;
}

function shapeOf(line: string): Shape {
  // Cheap test first: most lines are short labels, too short for either shape.
  if (line.length < 15) return 'other';
  if (isSummary(line)) return 'summary';
  if (line.length < 160 && hasWords(line, 3)) return 'headline';
  return 'other';
}

/** A paragraph: long, or long enough and ending as a sentence does. */
function isSummary(line: string): boolean {
  return line.length >= MIN_SUMMARY && (line.length >= 150 || endsWithMark(line, '.!?…'));
}

/** "Becket Adams", "Kaylee McGhee", "Sen. David Perdue": two to four capitalised words and nothing else. */
function isNameLine(line: string): boolean {
  return line.length <= MAX_NAME_LINE && mayBeName(line) && NAME_LINE.test(line);
}

/** Two to four words of a capital and up to twenty letters, apostrophes, full stops and hyphens. */
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]{0,20}(?: \p{Lu}[\p{L}'’.-]{0,20}){1,3}$/u;

/**
 * Cheap test first, on the characters a name line cannot hold: two to four
 * words (one to three spaces) and no ASCII character but a letter, an
 * apostrophe, a full stop or a hyphen; each word opens with an ASCII capital
 * or a character past ASCII.
 */
function mayBeName(line: string): boolean {
  let spaces = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 32) spaces++;
    if (code >= 128 || code === 32) continue;
    const opensWord = i === 0 || line.charCodeAt(i - 1) === 32;
    if (opensWord ? code < 65 || code > 90 : !(isAsciiLetter(code) || code === 39 || code === 46 || code === 45)) return false;
  }
  return spaces >= 1 && spaces <= 3;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || isAsciiLower(code);
}

function isAsciiLetterOrDigit(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 57);
}

function isAsciiLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** Indices (among the non-blank lines) of the lines an earlier detector found to be bylines. */
function bylineLines(solid: readonly Line[], earlier: readonly Finding[]): Set<number> {
  const starts = new Set<number>();
  for (const f of earlier) if (f.kind === 'byline') starts.add(f.start);
  const out = new Set<number>();
  // Most pages have no byline: then no line needs its content start.
  if (starts.size === 0) return out;
  solid.forEach((l, k) => starts.has(contentStart(l)) && out.add(k));
  return out;
}

function lineFinding(text: string, line: Line, rule: string, reason: string, related?: RelatedArticle[]): Finding {
  const start = contentStart(line);
  const end = contentEnd(line);
  const f: Finding = { kind: 'related', rule, start, end, text: text.slice(start, end), reason };
  if (related) f.salvage = { related };
  return f;
}

/** Whether `s` holds `n` words (runs of non-spaces) at least, stopping at the nth. */
function hasWords(s: string, n: number): boolean {
  let words = 0;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) !== 32 && (i === 0 || s.charCodeAt(i - 1) === 32) && ++words >= n) return true;
  }
  return false;
}

/** The letters of `w`, those with a case; an ASCII character is told by its code. */
function letters(w: string): number {
  let n = 0;
  for (const c of w) {
    const code = c.charCodeAt(0);
    if (code < 128 ? isAsciiLetter(code) : c.toLowerCase() !== c.toUpperCase()) n++;
  }
  return n;
}

function isUpper(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function isLower(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

/** isUpper(s[i]), without a string per character: most characters are ASCII, and the case of the others is looked up. */
function isUpperAt(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  return code < 128 ? code >= 65 && code <= 90 : caseOfUnit(code) === UPPER;
}

/** isLower(s[i]), without a string per character. */
function isLowerAt(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  return code < 128 ? isAsciiLower(code) : caseOfUnit(code) === LOWER;
}

const UPPER = 1;
const LOWER = 2;
const CASELESS = 3;
/** The case of each UTF-16 code unit as isUpper and isLower tell it, filled in on first use (0 until then). */
const UNIT_CASES = new Uint8Array(0x10000);

function caseOfUnit(code: number): number {
  if (UNIT_CASES[code] === 0) {
    const c = String.fromCharCode(code);
    UNIT_CASES[code] = isUpper(c) ? UPPER : isLower(c) ? LOWER : CASELESS;
  }
  return UNIT_CASES[code]!;
}

function isLetter(c: string): boolean {
  return c.toLowerCase() !== c.toUpperCase();
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** The teaser detector for the default pipeline; it reads the bylines found before it. */
export const teaserDetector: Detector = {
  id: 'teaser',
  rules: ['glued-teaser', 'teaser-block'],
  detect: ({ text, lines, findings }) => detectTeasers(text, lines, findings),
};
