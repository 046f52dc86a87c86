import type { Detector, Finding, Line, Salvage } from '../types.js';
import { assertString } from '../ingest/assert.js';
import { contentEnd, contentStart, splitLines } from '../ingest/lines.js';
import { pageLines } from '../ingest/page-lines.js';
import { lowerCharAt } from '../ingest/lower-char.js';
import { isSpaceCode } from '../ingest/whitespace.js';
import { parseDateLine, parsePureDateLine } from '../parse/dates.js';
import { MONTHS, RELATIVE_TIME_WORDS, WEEKDAYS, ZONE_NAMES } from '../rules/dates.js';
import { STOPWORDS } from '../rules/stopwords.js';
import { NEWS_AGENCIES } from '../rules/news-agencies.js';
import {
  AFFILIATION_FILLERS, AUTHOR_CREDITS, BYLINE_LABELS, CONTACT_WORDS, CONTRIBUTED_TAILS, CREDIT_OPENERS, CREDIT_WORDS,
  JOB_WORDS, META_DATE_LABELS, NAME_JOINERS, NAME_PARTICLES, OUTLET_WORDS,
} from '../rules/bylines.js';

/** Bylines and meta lines are short; a longer line is prose. */
const MAX_BYLINE = 160;
const MAX_CREDITS = 400;
const MAX_CONTACT = 100;
/** "Tom Krisher, AP Auto Writer": a name and a job title are short. */
const MAX_ROLE_LINE = 90;
/** An author's name has at most this many words ("Maria da Graça Silva Santos"). */
const MAX_NAME_WORDS = 5;
/** A part of a meta line that is not a date: a place or an outlet ("New Delhi, News Nation Bureau"). */
const MAX_NAME_PART_WORDS = 6;
/** Co-author lines stand within this many lines of the first byline; later bylines are teasers'. */
const NEAR_FIRST_BYLINE = 4;

/** The byline labels by their first letter, each group longest first: a line's first letter picks the few to try. */
const LABELS_BY_INITIAL = labelsByInitial(BYLINE_LABELS);
/** The longest label: the line's opening a label can cover. */
const LONGEST_LABEL = Math.max(...BYLINE_LABELS.map((l) => l.length));
/** The last letters of the "contributed" tails: a line ending in another letter needs no tail tried. */
const TAIL_LASTS = new Set(CONTRIBUTED_TAILS.map((t) => t.charAt(t.length - 1)));
/** The credit words that open a credit line, by their length (all are lower-case ASCII). */
const OPENERS_BY_LENGTH: string[][] = [];
for (const w of CREDIT_OPENERS) (OPENERS_BY_LENGTH[w.length] ??= []).push(w);
/** The first letters of the credit words that open a credit line. */
const OPENER_INITIALS = new Set([...CREDIT_OPENERS].map((w) => w.charAt(0)));
const AGENCIES = new Set<string>(NEWS_AGENCIES.map((a) => a.toLowerCase()));
const ENGLISH_STOPWORDS = new Set<string>(STOPWORDS['en'] ?? []);
/** Capitalised words that label the date part of a byline ("… Updated Nov 13", "… On 11/13/19"). */
const CAPITAL_DATE_LABELS = new Set(['updated', 'published', 'posted', 'modified', 'original', 'on', 'at', 'last', 'first']);

/** `handle`: an address or @name; `link`: a domain or URL. */
type Kind = 'cap' | 'lower' | 'particle' | 'joiner' | 'date' | 'number' | 'handle' | 'link' | 'sep';

/** A word of a byline, classified. */
interface Tok {
  /** The word without the punctuation around it. */
  raw: string;
  /** `raw` lower-cased, a possessive and a final full stop dropped. */
  word: string;
  kind: Kind;
  /** A comma or semicolon followed the word: it ends a name. */
  comma: boolean;
  /** The word ends a sentence (a full stop after a word that is no initial or abbreviation). */
  stop: boolean;
}

/** What a byline told: its authors and, where a date parses, the publication date. */
interface BylineRead {
  authors: string[];
  published?: string;
}

/**
 * Find byline and article-meta lines: "By Jane Doe", "By JANE DOE and John
 * Roe, Reuters", "Posted by X on March 3, 2019", "Written by …",
 * "PUBLISHED: … | UPDATED: …", "Jane Doe | Staff Writer", author contact
 * lines ("jane@paper.com", "Follow @janedoe") and wire credits ("Reporting
 * by …; Editing by …", "… contributed to this report."). The authors' names
 * are salvaged, and the date where one parses. The whole line must be made of
 * names, dates, labels and contact handles, so prose that opens with "By"
 * ("By most accounts, the law worked") and tweet signatures stay.
 *
 * @example detectBylines('By Jane Doe and John Roe, Reuters')[0].salvage.authors // ['Jane Doe', 'John Roe']
 */
export function detectBylines(text: string, lines: readonly Line[] = splitLines(text)): Finding[] {
  assertString(text, 'detectBylines');
  const out: Finding[] = [];
  const { squashed, lower } = pageLines(text, lines);
  let firstAuthors = -1;
  for (const line of lines) {
    // The squashed line is the trimmed one with its white space squashed: when it is long, so is the trimmed line.
    // A line of zero-width spaces only squashes to '', which no rule takes.
    const squashedLine = squashed[line.index]!;
    if (squashedLine === '' || squashedLine.length > MAX_CREDITS) continue;
    if (line.text.length > MAX_CREDITS && contentEnd(line) - contentStart(line) > MAX_CREDITS) continue;
    // A line squash leaves as it is has its marks read on the page, faster than on the line's slice of it.
    const marks = squashedLine.length > MAX_BYLINE ? 0
      : squashedLine === line.text ? marksIn(text, line.start, line.end) : marksIn(squashedLine, 0, squashedLine.length);
    const hit = classify(squashedLine, lower[line.index]!, marks);
    if (!hit) continue;
    const start = contentStart(line);
    const end = contentEnd(line);
    const f: Finding = { kind: 'byline', rule: hit.rule, start, end, text: text.slice(start, end), reason: hit.reason };
    const salvage: Salvage = {};
    // Bylines further down a page belong to teasers of other stories; the story's own byline comes first.
    const authors = hit.read?.authors ?? [];
    if (authors.length > 0 && firstAuthors < 0) firstAuthors = line.index;
    if (authors.length > 0 && (hit.rule === 'reporting-credit' || line.index - firstAuthors <= NEAR_FIRST_BYLINE)) salvage.authors = authors;
    if (hit.read?.published) salvage.published = hit.read.published;
    if (salvage.authors || salvage.published) f.salvage = salvage;
    out.push(f);
  }
  return out;
}

interface Hit {
  rule: string;
  reason: string;
  read?: BylineRead;
}

/**
 * Classify the squashed `line`; `lower` is the unsquashed line lower-cased.
 * Its `marks` (0 when it is longer than a byline: only the rules for short
 * lines read them) tell which rules can apply; most lines are prose or
 * labels and fail them all.
 */
function classify(line: string, lower: string, marks: number): Hit | null {
  if (line.length <= MAX_BYLINE && !(marks & PROSE_MARK)) {
    const byline = readByline(line);
    if (byline) return { rule: 'byline-line', reason: 'Unexpected byline, remove it and keep the authors', read: byline };
    // A meta line has a date and parts; a role line has a name and a job title apart.
    const meta = marks & DIGIT && marks & PART_SEPARATOR ? readMetaLine(line) : null;
    if (meta) return { rule: 'meta-line', reason: 'Unexpected publication meta line, remove it and keep the date', read: meta };
    const role = line.length <= MAX_ROLE_LINE && marks & (PART_SEPARATOR | COMMA_SPACE) && JOB_WORD_IN.test(lower) ? readRoleLine(line) : null;
    if (role) return { rule: 'author-role', reason: 'Unexpected author and job-title line, remove it and keep the author', read: role };
  }
  const contact = line.length <= MAX_CONTACT &&
    (marks & AT_SIGN || (marks & LINK_PUNCTUATION && (line.includes('twitter.com/') || line.includes('mailto:'))));
  if (contact && isContactLine(line)) return { rule: 'author-contact', reason: 'Unexpected author contact line, remove it' };
  if (!mayBeCredits(line)) return null;
  const credits = readCredits(line);
  if (credits) return { rule: 'reporting-credit', reason: 'Unexpected reporting credit, remove it and keep the reporters', read: credits };
  return null;
}

/**
 * Some job word inside a lower-cased line: {@link JOB_WORDS} as one
 * search, held to that list by a test. A role line's title holds a job word,
 * and a word's lower case stands in its line's lower case (only the Greek
 * sigma is lower-cased by context, and no job word holds one), so a line
 * without any is no role line and is not split.
 */
export const JOB_WORD_IN = /writer|writers|staff|reporter|reporters|correspondent|correspondents|editor|editors|contributor|contributors|contributing|columnist|journalist|producer|special|freelance|intern|critic|blogger|photographer|redação|redacao|redacción|redaccion|redaktion|rédaction|redazione|redaksi|репортер|корреспондент|редакция|colunista|columnista/;

/** Marks {@link marksIn} finds in a line. */
const DIGIT = 1;
/** Question and exclamation marks and quotes belong to prose and headlines, never to a byline. */
const PROSE_MARK = 2;
const AT_SIGN = 4;
/** A separator {@link splitParts} cuts at. */
const PART_SEPARATOR = 8;
/** ", ": a role line may part the name from the job title with it. */
const COMMA_SPACE = 16;
/** A slash or a colon: "twitter.com/" and "mailto:" hold one. */
const LINK_PUNCTUATION = 32;

/** Marks that need the characters around them: a part separator between spaces, a comma before one. */
const BETWEEN_SPACES = 64;
const BEFORE_SPACE = 128;

/** What each UTF-16 code unit marks, on its own or (BETWEEN_SPACES, BEFORE_SPACE) by the characters around it. */
const MARKS_OF_CODE = new Uint8Array(0x10000);
for (const c of '0123456789') MARKS_OF_CODE[c.charCodeAt(0)] = DIGIT;
for (const c of '?!"“”«»') MARKS_OF_CODE[c.charCodeAt(0)] = PROSE_MARK;
MARKS_OF_CODE[0x40] = AT_SIGN;
for (const c of '|•·;') MARKS_OF_CODE[c.charCodeAt(0)] = PART_SEPARATOR;
for (const c of '-–—') MARKS_OF_CODE[c.charCodeAt(0)] = BETWEEN_SPACES;
MARKS_OF_CODE[0x2f] = LINK_PUNCTUATION | BETWEEN_SPACES;
MARKS_OF_CODE[0x3a] = LINK_PUNCTUATION;
MARKS_OF_CODE[0x2c] = BEFORE_SPACE;

/**
 * The marks of `s` from `from` to `to`, in one scan with one table load per
 * character: most characters are letters and spaces, which mark nothing.
 * A slash, hyphen or dash marks a part separator between spaces, as
 * {@link isPartSeparator} tells, and a comma before a space marks ", ".
 */
function marksIn(s: string, from: number, to: number): number {
  let marks = 0;
  for (let i = from; i < to; i++) {
    const m = MARKS_OF_CODE[s.charCodeAt(i)]!;
    if (m === 0) continue;
    marks |= m & ~(BETWEEN_SPACES | BEFORE_SPACE);
    const spaceAfter = i + 1 < to && s.charCodeAt(i + 1) === 0x20;
    if (m & BETWEEN_SPACES && spaceAfter && i > from && s.charCodeAt(i - 1) === 0x20) marks |= PART_SEPARATOR;
    if (m & BEFORE_SPACE && spaceAfter) marks |= COMMA_SPACE;
  }
  return marks;
}

/**
 * A credit line opens with a credit word (inside a parenthesis perhaps) or
 * ends with a "contributed" tail before at most three full stops and
 * brackets. Only the first word and the line's end are lower-cased.
 */
function mayBeCredits(line: string): boolean {
  const from = line.startsWith('(') ? 1 : 0;
  // Lower-casing is dear (most pages hold a character beyond Latin-1, and V8 lower-cases such text slowly): initials first.
  if (OPENER_INITIALS.has(lowerCharAt(line, from))) {
    const space = line.indexOf(' ', from);
    if (space > from && isCreditOpenerAt(line, from, space)) return true;
  }
  let end = line.length;
  while (end > 0 && line.length - end < 3 && (line.charCodeAt(end - 1) === 0x2e || line.charCodeAt(end - 1) === 0x29)) end--;
  // Cheap test first: a tail's first and last letters must stand where it would begin and end.
  const last = lowerCharAt(line, end - 1);
  if (!TAIL_LASTS.has(last)) return false;
  for (const t of CONTRIBUTED_TAILS) {
    if (end < t.length || last !== t.charAt(t.length - 1) || lowerCharAt(line, end - t.length) !== t.charAt(0)) continue;
    if (line.slice(end - t.length, end).toLowerCase() === t) return true;
  }
  return false;
}

/**
 * `CREDIT_OPENERS.has(line.slice(from, to).toLowerCase())`. An ASCII word's
 * lower case folds only its capitals and keeps its length, so it is compared
 * in place with the openers of its length: no slice and no toLowerCase.
 */
function isCreditOpenerAt(line: string, from: number, to: number): boolean {
  if (!isAsciiAt(line, from, to)) return CREDIT_OPENERS.has(line.slice(from, to).toLowerCase());
  for (const opener of OPENERS_BY_LENGTH[to - from] ?? []) if (isFoldedAt(line, from, opener)) return true;
  return false;
}

/** Whether `s` from `from` to `to` is all ASCII. */
function isAsciiAt(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

/** Whether `s` holds the lower-case ASCII `word` at `at`, its capitals folded: what toLowerCase makes of ASCII. */
function isFoldedAt(s: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = s.charCodeAt(at + k);
    if ((c >= 0x41 && c <= 0x5a ? c + 32 : c) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * "By Jane Doe", "Posted by X on March 3, 2019", "Von Moritz Bachmann
 * publiziert am 25. September 2018": a byline label, then names, then
 * affiliations, dates and handles only.
 */
function readByline(line: string): BylineRead | null {
  const rest = afterLabel(line);
  if (rest === null) return null;
  return readNamesAndMeta(tokenize(rest));
}

/** The text after a byline label ("By", "Posted by:", "Von"), or null. */
function afterLabel(line: string): string | null {
  const labels = LABELS_BY_INITIAL.get(lowerCharAt(line, 0));
  if (!labels) return null;
  // Lower-casing is dear (see mayBeCredits): the line is lower-cased only where a label may end.
  let lower: string | undefined;
  for (const label of labels) {
    let i = label.length;
    const next = line[i];
    if (next !== ' ' && next !== ':') continue;
    // An ASCII opening is compared in place, its capitals folded as toLowerCase folds them.
    if (isAsciiAt(line, 0, i) ? !isFoldedAt(line, 0, label) : !(lower ??= line.slice(0, LONGEST_LABEL).toLowerCase()).startsWith(label)) continue;
    while (i < line.length && (line[i] === ' ' || line[i] === ':')) i++;
    if (line.length - i >= 2) return line.slice(i);
  }
  return null;
}

/**
 * Names first ("Jane Doe, John Roe and Sam Poe"), then only separators,
 * affiliations, dates, numbers and handles. Null when a word of prose shows.
 */
function readNamesAndMeta(toks: readonly Tok[]): BylineRead | null {
  const first = toks[0];
  if (!first || first.kind !== 'cap' || toks.some((t) => t.stop)) return null;
  // "By Any Means Necessary" is a title; "By The Associated Press" is a byline.
  if (ENGLISH_STOPWORDS.has(first.word) && !(first.word === 'the' && toks[1]?.kind === 'cap')) return null;
  const segments: string[][] = [];
  let current: string[] = [];
  let i = 0;
  for (; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind === 'cap' || (t.kind === 'particle' && current.length > 0)) {
      if (t.raw.endsWith("'s") || t.raw.endsWith('’s')) return null;
      current.push(t.raw);
      if (t.comma) {
        segments.push(current);
        current = [];
      }
    } else if (t.kind === 'joiner' && toks[i + 1]?.kind === 'cap') {
      if (current.length > 0) segments.push(current);
      current = [];
    } else break;
  }
  if (current.length > 0) segments.push(current);
  // A lower-case word right after the names reads as prose ("By Obama's standards").
  if (toks[i]?.kind === 'lower' && !isAffiliationWord(toks[i]!.word)) return null;
  if (segments.length === 0 || segments.some((s) => s.length > MAX_NAME_WORDS)) return null;
  let loose = 0;
  for (let j = i; j < toks.length; j++) {
    const t = toks[j]!;
    if (t.kind === 'lower' && !isAffiliationWord(t.word) && ++loose > 1) return null;
  }
  const read: BylineRead = { authors: authorsOf(segments) };
  const dateAt = toks.findIndex((t, j) => j >= i && (t.kind === 'date' || t.kind === 'number'));
  if (dateAt >= 0) {
    const iso = parseDateLine(toks.slice(dateAt).map((t) => t.raw).join(' '))?.iso;
    if (iso) read.published = iso;
  }
  return read;
}

/** Labels grouped by their first letter, each group longest first. */
function labelsByInitial(labels: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const label of [...labels].sort((a, b) => b.length - a.length)) {
    groups.set(label.charAt(0), [...(groups.get(label.charAt(0)) ?? []), label]);
  }
  return groups;
}

function isAffiliationWord(word: string): boolean {
  return JOB_WORDS.has(word) || OUTLET_WORDS.has(word) || AFFILIATION_FILLERS.has(word);
}

/**
 * The name segments that are people: not an agency, not an outlet or job
 * title ("CNN Business", "Staff Writer"), not a domain; a single word only
 * as the first segment ("Posted by Vortex"), not after a comma ("…, MS, RD").
 */
function authorsOf(segments: readonly string[][]): string[] {
  const out: string[] = [];
  segments.forEach((words, k) => {
    const name = words.join(' ');
    const lower = words.map((w) => w.toLowerCase().replace(/[.,;:]$/u, ''));
    if (AGENCIES.has(lower.join(' ')) || lower[0] === 'the') return;
    if (lower.some((w) => JOB_WORDS.has(w) || OUTLET_WORDS.has(w) || w.includes('.'))) return;
    if (words.length === 1 && k > 0) return;
    // Degrees and credentials after a name ("…, MS, RD (CA)").
    if (k > 0 && words.every((w) => w.length <= 4 && w === w.toUpperCase())) return;
    const clean = undoubled(name.replace(/[,;:]$/u, ''));
    if (!out.includes(clean)) out.push(clean);
  });
  return out;
}

/** A name printed twice by a page template ("Sean Martin Sean Martin") is one name. */
function undoubled(name: string): string {
  const half = (name.length - 1) / 2;
  return Number.isInteger(half) && name[half] === ' ' && name.slice(0, half) === name.slice(half + 1) ? name.slice(0, half) : name;
}

/**
 * "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019",
 * "New Delhi, News Nation Bureau | Updated : 19 November 2019": parts split
 * at separators, each a date, a byline or a short name; one labelled date.
 */
function readMetaLine(line: string): BylineRead | null {
  const parts = splitParts(line);
  if (parts.length < 2) return null;
  let labelled = false;
  const read: BylineRead = { authors: [] };
  for (const part of parts) {
    // Each part is split into words once, for the date and the name readings.
    const toks = tokenize(part);
    const date = readLabelledDate(toks);
    if (date) {
      labelled ||= date.labelled;
      if (date.iso) read.published ??= date.iso;
      continue;
    }
    const byline = readByline(part);
    if (byline) {
      for (const a of byline.authors) if (!read.authors.includes(a)) read.authors.push(a);
      read.published ??= byline.published;
      continue;
    }
    if (!isNamePart(toks)) return null;
  }
  return labelled ? read : null;
}

/** A date part of a meta line, with or without a label ("Updated : 19 November 2019", "Original Nov. 19, 2019 8:02 am ET"). */
function readLabelledDate(toks: readonly Tok[]): { iso: string | null; labelled: boolean } | null {
  let i = 0;
  while (i < toks.length && (toks[i]!.kind === 'sep' || META_DATE_LABELS.has(toks[i]!.word))) i++;
  if (i === toks.length) return null;
  const parsed = parsePureDateLine(toks.slice(i).map((t) => t.raw).join(' '));
  if (!parsed) return null;
  return { iso: parsed.iso, labelled: i > 0 };
}

/** A short run of capitalised words: a place, an outlet ("New Delhi, News Nation Bureau", "CBS News"). */
function isNamePart(toks: readonly Tok[]): boolean {
  if (toks.length === 0 || toks.length > MAX_NAME_PART_WORDS || toks[0]!.kind !== 'cap') return false;
  return toks.every((t) => t.kind === 'cap' || t.kind === 'particle' || t.kind === 'joiner' || t.kind === 'link' ||
    (t.kind === 'lower' && AFFILIATION_FILLERS.has(t.word)));
}

/**
 * The parts of a meta line: split at `|`, `•`, `·`, `;`, and at `/` and
 * dashes standing between spaces (a date's own slashes and hyphens stay).
 */
function splitParts(line: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < line.length; i++) {
    if (!isPartSeparator(line, i)) continue;
    parts.push(line.slice(from, i).trim());
    from = i + 1;
  }
  parts.push(line.slice(from).trim());
  return parts.filter((p) => p !== '');
}

/** Whether `splitParts` cuts `line` at `i`; character codes, so no string is made per character. */
function isPartSeparator(line: string, i: number): boolean {
  const c = line.charCodeAt(i);
  // | • · ;
  if (c === 0x7c || c === 0x2022 || c === 0xb7 || c === 0x3b) return true;
  // / - – — between spaces
  return (c === 0x2f || c === 0x2d || c === 0x2013 || c === 0x2014) && line.charCodeAt(i - 1) === 0x20 && line.charCodeAt(i + 1) === 0x20;
}

/** "Jane Doe | Staff Writer", "Yasemin Saplakoglu - Staff Writer": a name, a separator, a job title. */
function readRoleLine(line: string): BylineRead | null {
  const parts = splitParts(line.replaceAll(', ', ' | '));
  if (parts.length < 2 || parts.length > 3) return null;
  const name = tokenizeUntil(parts[0]!, isPastName);
  if (!name || name.length < 2 || name.length > MAX_NAME_WORDS || name.some((t) => t.kind !== 'cap' && t.kind !== 'particle')) return null;
  if (name.some((t) => JOB_WORDS.has(t.word) || OUTLET_WORDS.has(t.word) || ENGLISH_STOPWORDS.has(t.word))) return null;
  let job = false;
  for (const part of parts.slice(1)) {
    const toks = tokenize(part);
    if (toks.length === 0 || toks.length > 8) return null;
    for (const t of toks) {
      if (JOB_WORDS.has(t.word)) job = true;
      else if (t.kind === 'lower' && !isAffiliationWord(t.word)) return null;
    }
  }
  return job ? { authors: [name.map((t) => t.raw).join(' ')] } : null;
}

/**
 * "jane@paper.com", "@janedoe", "Email: jane@paper.com | Twitter: @janedoe",
 * "News reporter @TomGillespie1": handles and addresses with contact labels
 * and a name at most. A tweet's signature ("— Jane Doe (@janedoe) November
 * 18, 2019") quotes a post and stays.
 */
function isContactLine(line: string): boolean {
  // A tweet's signature quotes a post; an image copyright is a credit.
  if (line[0] === '—' || line[0] === '–' || line[0] === '-' || /©|copyright/iu.test(line)) return false;
  const toks = tokenize(line);
  let handles = 0;
  let names = 0;
  for (const t of toks) {
    if (t.kind === 'handle') handles++;
    else if (t.kind === 'link' || t.kind === 'sep' || CONTACT_WORDS.has(t.word) || JOB_WORDS.has(t.word) || t.word === 'us') continue;
    else if (t.kind === 'cap' && ++names <= 4) continue;
    else if (t.kind === 'number' && /^[\d()+\-. ]{3,20}$/u.test(t.raw)) continue;
    else return false;
  }
  return handles > 0;
}

/**
 * "Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly;
 * Editing by Nick Zieminski", "(Reporting by …, editing by ….)", "Jane Doe
 * in Paris contributed to this report.": credit words, names and places only.
 * The names after "reporting by" and "writing by" are salvaged as authors.
 */
function readCredits(line: string): BylineRead | null {
  const inner = stripWrapping(line);
  if (inner.length < 10) return null;
  const lower = inner.toLowerCase();
  const tail = CONTRIBUTED_TAILS.find((t) => lower.endsWith(t));
  const body = tail ? inner.slice(0, inner.length - tail.length) : inner;
  const toks = tokenize(body);
  if (toks.length === 0 || toks.some((t) => t.stop)) return null;
  if (!tail && (!CREDIT_OPENERS.has(toks[0]!.word) || !toks.some((t) => t.word === 'by'))) return null;
  if (tail && toks[0]!.kind !== 'cap') return null;
  const authors: string[] = [];
  let collecting = false;
  let name: string[] = [];
  const flush = () => {
    if (collecting && name.length > 0 && !authors.includes(name.join(' '))) authors.push(name.join(' '));
    name = [];
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind === 'cap' || t.kind === 'particle') {
      if (CREDIT_WORDS.has(t.word)) {
        flush();
        collecting = false;
        continue;
      }
      name.push(t.raw);
      if (t.comma) flush();
      continue;
    }
    if (t.kind === 'joiner' || t.kind === 'sep') {
      flush();
      continue;
    }
    if (t.kind === 'lower' && CREDIT_WORDS.has(t.word)) {
      flush();
      if (t.word === 'by') {
        const before = toks[i - 1]?.word ?? '';
        collecting = AUTHOR_CREDITS.has(before) && toks[i - 2]?.word !== 'additional';
      } else collecting = false;
      continue;
    }
    return null;
  }
  flush();
  return { authors: tail ? [] : authors };
}

/** The line without a wrapping pair of parentheses and a final full stop. */
function stripWrapping(line: string): string {
  let s = line.trim();
  if (s.startsWith('(') && s.endsWith(')')) s = s.slice(1, -1).trim();
  if (s.endsWith('.')) s = s.slice(0, -1).trim();
  return s;
}

/**
 * Split a byline into classified words with a character scan: names,
 * lower-case words, name particles and joiners, dates and numbers,
 * handles and addresses, separators. Glued handles ("Pokorny@DawgsByNature")
 * are split into the name and the handle.
 */
function tokenize(text: string): Tok[] {
  return tokenizeUntil(text, neverPast)!;
}

/**
 * {@link tokenize}, or null as soon as `past` says the words read so far can
 * no longer do, so a line that fails on its first words is not read on.
 */
function tokenizeUntil(text: string, past: (toks: readonly Tok[]) => boolean): Tok[] | null {
  const toks: Tok[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
    let j = i;
    while (j < text.length && !isSpaceCode(text.charCodeAt(j))) j++;
    if (j > i) {
      pushWord(toks, text.slice(i, j));
      if (past(toks)) return null;
    }
    i = j;
  }
  // A month is a date only beside a number ("Nov 18", "18 November"); alone it may be a name ("Theresa May").
  toks.forEach((t, k) => {
    if (t.kind === 'cap' && MONTHS[t.word] !== undefined && (toks[k - 1]?.kind === 'number' || toks[k + 1]?.kind === 'number')) t.kind = 'date';
  });
  return toks;
}

function neverPast(): boolean {
  return false;
}

/**
 * Whether the words read so far can be no author's name: too many of them,
 * or the last is no capitalised word or particle. (Turning a month beside a
 * number into a date only ever takes a word out of a name.)
 */
function isPastName(toks: readonly Tok[]): boolean {
  const last = toks[toks.length - 1]!;
  return toks.length > MAX_NAME_WORDS || (last.kind !== 'cap' && last.kind !== 'particle');
}

const LEADING = '([{"“‘\'«';
const TRAILING = ')]}"”’\'»,;:|';

function pushWord(toks: Tok[], piece: string): void {
  let a = 0;
  let b = piece.length;
  while (a < b && LEADING.includes(piece[a]!)) a++;
  let comma = false;
  while (b > a && TRAILING.includes(piece[b - 1]!)) {
    if (piece[b - 1] === ',' || piece[b - 1] === ';') comma = true;
    b--;
  }
  const raw = piece.slice(a, b);
  if (raw === '' || !hasWordChar(raw)) {
    if (raw === '&') toks.push({ raw, word: raw, kind: 'joiner', comma, stop: false });
    else toks.push({ raw: piece, word: piece, kind: 'sep', comma, stop: false });
    return;
  }
  const at = raw.indexOf('@');
  if (at > 0 && isUpper(raw[0]!) && !raw.slice(at).includes('.') && isLetters(raw.slice(0, at))) {
    toks.push(classifyWord(raw.slice(0, at), false));
    toks.push({ raw: raw.slice(at), word: raw.slice(at).toLowerCase(), kind: 'handle', comma, stop: false });
    return;
  }
  toks.push(classifyWord(raw, comma));
}

function classifyWord(raw: string, comma: boolean): Tok {
  let word = raw.toLowerCase();
  if (word.endsWith("'s") || word.endsWith('’s')) word = word.slice(0, -2);
  const dotted = word.endsWith('.');
  if (dotted) word = word.slice(0, -1);
  const tok: Tok = { raw, word, kind: 'lower', comma, stop: false };
  const c = raw[0]!;
  // Cheap test first: a handle or a link holds an at sign, a colon or a full stop.
  const linkish = LINK_CHARACTER.test(raw);
  if (linkish && (raw.includes('@') || word.startsWith('mailto:') || word.includes('twitter.com/'))) tok.kind = 'handle';
  else if (linkish && (raw.includes('://') || word.startsWith('www.') || isDomain(word))) tok.kind = 'link';
  else if (c >= '0' && c <= '9') tok.kind = 'number';
  else if (isUpper(c)) {
    tok.kind = WEEKDAYS.has(word) || CAPITAL_DATE_LABELS.has(word) || (ZONE_NAMES.has(word) && raw === raw.toUpperCase()) ? 'date' : 'cap';
  } else if (NAME_JOINERS.has(word)) tok.kind = 'joiner';
  else if (NAME_PARTICLES.has(word)) tok.kind = 'particle';
  else if (isDateWord(word)) tok.kind = 'date';
  // A full stop after a word that is no initial, abbreviation or time ends a sentence.
  if (dotted && (tok.kind === 'cap' || tok.kind === 'lower') && word.length > 3 && !word.includes('.')) tok.stop = true;
  return tok;
}

/** What every handle and link holds: "@", "mailto:", "twitter.com/", "://", "www.", a domain's dot. */
const LINK_CHARACTER = /[@:.]/;

function isDateWord(word: string): boolean {
  return META_DATE_LABELS.has(word) || WEEKDAYS.has(word) || ZONE_NAMES.has(word) || RELATIVE_TIME_WORDS.has(word) ||
    MONTHS[word] !== undefined || word === 'am' || word === 'pm' || word === 'a.m' || word === 'p.m';
}

/** "cleveland.com", "nj.com": a dot inside, then two to six letters. */
function isDomain(word: string): boolean {
  const dot = word.lastIndexOf('.');
  if (dot <= 0 || word.length - dot - 1 < 2 || word.length - dot - 1 > 6) return false;
  return isLetters(word.slice(dot + 1)) && word.slice(dot + 1) === word.slice(dot + 1).toLowerCase() && !word.slice(0, dot).includes(' ');
}

/** A letter or digit in `s`; an ASCII letter or digit first answers without the regex. */
function hasWordChar(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || /[\p{L}\p{N}]/u.test(s);
}

function isUpper(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function isLetters(s: string): boolean {
  return /^\p{L}{1,64}$/u.test(s);
}

/** The byline detector for the default pipeline. */
export const bylineDetector: Detector = {
  id: 'byline',
  rules: ['byline-line', 'meta-line', 'author-role', 'author-contact', 'reporting-credit'],
  detect: ({ text, lines }) => detectBylines(text, lines),
};
