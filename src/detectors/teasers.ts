import type { Detector, Finding, Line, RelatedArticle } from '../types.js';
import { assertString } from '../ingest/assert.js';
import { contentEnd, contentStart, nonBlankLines, splitLines } from '../ingest/lines.js';
import { squash } from '../ingest/whitespace.js';

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
  const squashed = solid.map((l) => squash(l.text));
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
  for (let i = 3; i < limit; i++) {
    const c = line[i]!;
    if (!isUpper(c)) continue;
    const prev = line[i - 1]!;
    if (!(isLower(prev) || isDigit(prev) || prev === '?' || prev === '!')) continue;
    const next = line[i + 1]!;
    if (!(isLower(next) || next === ' ')) continue;
    // Brand names glue short parts ("iPhone", "McDonald", "MacBook", "AirPods"); a headline's last word is longer.
    if (isLower(prev) && fragmentBefore(line, i) < MIN_GLUED_WORD) continue;
    // A model number ("3950X 16 Core") is no sentence start.
    if (isDigit(prev) && next === ' ') continue;
    if (!isTitleCase(line.slice(0, i))) continue;
    if (countWords(line.slice(i)) < MIN_SUMMARY_WORDS) continue;
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
    const first = w.replace(/^[^\p{L}\p{N}]{1,3}/u, '')[0];
    if (first === undefined || isDigit(first)) continue;
    lettered++;
    if (isUpper(first)) capitals++;
    else if (letters(w) >= 4) return false;
  }
  return capitals >= MIN_HEADLINE_WORDS && capitals >= lettered * 0.75;
}

type Shape = 'summary' | 'headline' | 'author' | 'other';

/**
 * Runs of teaser blocks: the lines between two summaries (the block's head)
 * hold a headline and an author line, and the same head shape repeats for
 * at least three summaries in a row. Returns [first, last, headlines by line].
 */
function teaserBlocks(squashed: readonly string[], bylines: ReadonlySet<number>): [number, number, Map<number, string>][] {
  const shapes = squashed.map((s, k): Shape => (bylines.has(k) || isNameLine(s) ? 'author' : shapeOf(s)));
  const summaries: number[] = [];
  shapes.forEach((s, k) => s === 'summary' && summaries.push(k));
  const heads = summaries.map((at, n) => {
    const from = n === 0 ? Math.max(0, at - 3) : Math.max(summaries[n - 1]! + 1, at - 3);
    return { from, key: shapes.slice(from, at).join(' ') };
  });
  const runs: [number, number, Map<number, string>][] = [];
  let n = 0;
  while (n < heads.length) {
    const key = heads[n]!.key;
    let m = n;
    const good = key.includes('headline') && key.includes('author');
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
  let letters = 0;
  for (const c of line) {
    if (isLower(c)) return false;
    if (isUpper(c)) letters++;
  }
  return letters >= 3;
}

function shapeOf(line: string): Shape {
  const terminal = /[.!?…]["”’)]{0,2}$/u.test(line);
  if (line.length >= MIN_SUMMARY && (terminal || line.length >= 150)) return 'summary';
  if (line.length >= 15 && line.length < 160 && countWords(line) >= 3) return 'headline';
  return 'other';
}

/** "Becket Adams", "Kaylee McGhee", "Sen. David Perdue": two to four capitalised words and nothing else. */
function isNameLine(line: string): boolean {
  if (line.length > MAX_NAME_LINE) return false;
  const words = line.split(' ');
  if (words.length < 2 || words.length > 4) return false;
  return words.every((w) => /^\p{Lu}[\p{L}'’.-]{0,20}$/u.test(w));
}

/** Indices (among the non-blank lines) of the lines an earlier detector found to be bylines. */
function bylineLines(solid: readonly Line[], earlier: readonly Finding[]): Set<number> {
  const starts = new Map<number, number>();
  solid.forEach((l, k) => starts.set(contentStart(l), k));
  const out = new Set<number>();
  for (const f of earlier) {
    if (f.kind !== 'byline') continue;
    const k = starts.get(f.start);
    if (k !== undefined) out.add(k);
  }
  return out;
}

function lineFinding(text: string, line: Line, rule: string, reason: string, related?: RelatedArticle[]): Finding {
  const start = contentStart(line);
  const end = contentEnd(line);
  const f: Finding = { kind: 'related', rule, start, end, text: text.slice(start, end), reason };
  if (related) f.salvage = { related };
  return f;
}

function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s[i] === ' ';
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function letters(w: string): number {
  let n = 0;
  for (const c of w) if (c.toLowerCase() !== c.toUpperCase()) n++;
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
