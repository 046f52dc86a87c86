import type { Detector, Finding, Line } from '../types.js';
import { assertString } from '../ingest/assert.js';
import { contentEnd, contentStart, nonBlankLines, splitLines } from '../ingest/lines.js';
import { pageLines } from '../ingest/page-lines.js';
import { lowerCharAt } from '../ingest/lower-char.js';
import { isSpaceCode, squash, trimTrailing } from '../ingest/whitespace.js';
import { STOPWORDS } from '../rules/stopwords.js';
import { FUNCTION_WORD_LISTS, FUNCTION_WORD_START, functionWordListsAt, functionWordStep } from '../region/function-words.js';
import { NAME_PARTICLES } from '../rules/bylines.js';
import { ABOUT_WORDS, BIO_HEADERS, BIO_NOUNS, BIO_VERBS, CONTACT_CUES, TRADE_VERBS } from '../rules/author-bios.js';
/** The longest author-box header: lines longer than it (and a few trailing marks) are no header. */
const LONGEST_HEADER = Math.max(...[...BIO_HEADERS].map((h) => h.length));
/** The first words of the headers and of the words that open an "About <name>" header. */
const HEADER_HEADS = new Set([...BIO_HEADERS].map((h) => h.split(' ')[0]!));
const ABOUT_HEADS = new Set(ABOUT_WORDS.map((w) => w.split(' ')[0]!));
/** Their first letters: a line opening with another letter needs no lower-casing to be told from them. */
const HEAD_INITIALS = new Set([...HEADER_HEADS, ...ABOUT_HEADS].map((h) => h.charAt(0)));

/** A bio is a short paragraph; a longer line is article prose. */
const MAX_BIO = 900;
/** An author box holds the header, the name, a handle and the bio: this many lines after the header. */
const UNDER_HEADER = 6;
const MAX_NAME_WORDS = 4;
/** How far into a line the bio's subject and first sentence are read. */
const SUBJECT_REACH = 400;
const ABOUT_INITIALS = new Set(ABOUT_WORDS.map((w) => w.charAt(0)));
/** The words that open an "About <name>" header, each with the space after it. */
const ABOUT_OPENINGS = ABOUT_WORDS.map((w) => `${w} `);
/** Longer than the longest word an author box opens with ("a proposito di "). */
const ABOUT_REACH = Math.max(...ABOUT_WORDS.map((w) => w.length)) + 1;
const ENGLISH_STOPWORDS = new Set<string>(STOPWORDS['en'] ?? []);
/** The bit of the English list in the function-word trie's masks. */
const ENGLISH_LIST = 1 << FUNCTION_WORD_LISTS.findIndex(([code]) => code === 'en');
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'they', 'their']);

/**
 * Find the author bio under an article: an "About the author" header and the
 * name under it, and paragraphs that open with a person's name and a bio verb
 * ("Jane Doe is a staff writer at … covering …"). A paragraph counts as a bio
 * only when something ties it to the page's author: it sits under a bio
 * header, its name is in a byline an earlier detector found, or it points
 * the reader at the author ("Follow her on Twitter @…") and names a trade.
 * So "Jane Doe is a reporter for the Times who broke the story" in the body
 * of a story by someone else stays. The name is salvaged as an author.
 *
 * @example detectAuthorBios('About the author\n\nJane Doe\n')[0].rule // 'bio-header'
 */
export function detectAuthorBios(text: string, lines: readonly Line[] = splitLines(text), earlier: readonly Finding[] = []): Finding[] {
  assertString(text, 'detectAuthorBios');
  const authors = earlier.flatMap((f) => (f.kind === 'byline' ? f.salvage?.authors ?? [] : []));
  const bylines = earlier.filter((f) => f.kind === 'byline').map((f) => squash(f.text).toLowerCase());
  const solid = nonBlankLines(lines);
  const squashedLines = pageLines(text, lines).squashed;
  const out: Finding[] = [];
  let header = -UNDER_HEADER - 1;
  let headerName: string | null = null;
  for (let k = 0; k < solid.length; k++) {
    const line = solid[k]!;
    // Cheap test first: most lines open with a word that starts no header and no bio.
    const opens = openingOf(text, line.start, line.end);
    if (opens === 0) continue;
    const squashed = squashedLines[line.index]!;
    if (squashed.length > MAX_BIO) continue;
    // A header is a short label; longer lines need no key.
    if (opens & MAY_HEADER && squashed.length <= LONGEST_HEADER + 3 &&
        BIO_HEADERS.has(squashed.toLowerCase().replace(/[\s:.]{1,3}$/u, ''))) {
      header = k;
      out.push(finding(text, line, line, 'bio-header', 'Unexpected author-box header, remove it'));
      const next = solid[k + 1];
      const name = next ? nameLine(squashedLines[next.index]!) : null;
      headerName = name;
      if (next && name) {
        out.push(finding(text, next, next, 'bio-header', 'Unexpected author name in the author box, remove it and keep the author', [name]));
        k++;
      }
      continue;
    }
    // "About Carlos Nadalim" over a paragraph that names him.
    const named = opens & MAY_ABOUT ? aboutName(squashed) : null;
    const next = solid[k + 1];
    if (named && next && squashedLines[next.index]!.includes(named) && squashedLines[next.index]!.length <= MAX_BIO) {
      out.push(finding(text, line, line, 'bio-header', 'Unexpected author-box header, remove it and keep the author', [named]));
      out.push(finding(text, next, next, 'bio-paragraph', 'Unexpected author bio, remove it and keep the author', [named]));
      header = ++k;
      headerName = named;
      continue;
    }
    const subject = opens & MAY_SUBJECT ? readSubject(squashed) : null;
    if (!subject) continue;
    const lower = squashed.toLowerCase();
    // Under an author box, the bio is about the boxed author (or names a trade when the box names nobody).
    const underHeader = k - header <= UNDER_HEADER && (headerName === null ? subject.trade : sameAuthor(subject, headerName));
    const inByline = isBylineAuthor(subject, authors, bylines);
    const pointsAtAuthor = (lower.includes('@') || CONTACT_CUES.some((c) => lower.includes(c))) && subject.trade;
    // An author box without a header: the name on its own line, then a bio of that person in the trade.
    const above = solid[k - 1];
    const boxName = above ? nameLine(squashedLines[above.index]!) : null;
    const boxed = boxName !== null && sameAuthor(subject, boxName) && tradeIn(lower);
    if (!underHeader && !inByline && !boxed && !(pointsAtAuthor && subject.words > 1)) continue;
    // The name printed on its own line just above the bio belongs to it.
    const first = above && boxName !== null && sameAuthor(subject, boxName) && !out.some((f) => f.start === contentStart(above)) ? above : line;
    out.push(finding(text, first, line, 'bio-paragraph', 'Unexpected author bio, remove it and keep the author', [subject.name]));
  }
  return out;
}

/** What a line's first word lets it be, as {@link openingOf} tells. */
const MAY_HEADER = 1;
const MAY_ABOUT = 2;
const MAY_SUBJECT = 4;

/**
 * What the line of `text` from `lineStart` to `lineEnd` may be, judged by
 * its first word on the raw line: `squash` keeps every word as it is, so
 * most lines are ruled out without squashing them. The page itself is
 * read, which is faster than the line's own string (a slice of it). A header opens with a header's first word (a one-word header may
 * carry the colon or full stops it ends with), an "About <name>" header with
 * an "About" word, and a bio with a name word that is no stopword, then a
 * word that goes on with the name (and more words), opens a bracket or is
 * the bio's verb.
 */
function openingOf(text: string, lineStart: number, lineEnd: number): number {
  const start = wordStart(text, lineStart, lineEnd);
  // A line of white space the trim keeps (zero-width spaces) opens with no word.
  if (start === lineEnd) return 0;
  const end = wordEnd(text, start, lineEnd);
  let opens = 0;
  // Lower-casing is dear (most pages hold a character beyond Latin-1, and V8 lower-cases such text slowly): initials first.
  if (HEAD_INITIALS.has(lowerCharAt(text, start))) {
    const lower = text.slice(start, end).toLowerCase();
    if (HEADER_HEADS.has(trimTrailing(lower, ':.'))) opens |= MAY_HEADER;
    if (ABOUT_HEADS.has(lower)) opens |= MAY_ABOUT;
  }
  // The first two words are read in place: most lines fail on them, and need no word sliced out.
  if (isNameWordAt(text, start, end, false)) {
    const next = wordStart(text, end, lineEnd);
    const secondEnd = wordEnd(text, next, lineEnd);
    // A second name word needs a word after it for the verb ("Privacy Policy" has none).
    const nameGoesOn = isNameWordAt(text, next, secondEnd, true) && wordStart(text, secondEnd, lineEnd) < lineEnd;
    const goesOn = secondEnd > next && (nameGoesOn || text.charCodeAt(next) === 0x28 || isBioVerbAt(text, next, secondEnd));
    if (goesOn && !isEnglishStopwordAt(text, start, end)) opens |= MAY_SUBJECT;
  }
  return opens;
}

/**
 * `ENGLISH_STOPWORDS.has(text.slice(from, to).toLowerCase())`. An ASCII
 * word's lower case folds only its capitals, as the function-word trie does
 * while stepping through it, so an ASCII word is looked up with no slice
 * and no toLowerCase (dear on a page with a character beyond Latin-1).
 */
function isEnglishStopwordAt(text: string, from: number, to: number): boolean {
  let state = FUNCTION_WORD_START;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return ENGLISH_STOPWORDS.has(text.slice(from, to).toLowerCase());
    state = functionWordStep(state, c);
  }
  return (functionWordListsAt(state) & ENGLISH_LIST) !== 0;
}

const LONGEST_BIO_VERB = Math.max(...[...BIO_VERBS].map((v) => v.length));
const BIO_VERB_INITIALS = new Set([...BIO_VERBS].map((v) => v.charAt(0)));

/**
 * `BIO_VERBS.has(text.slice(from, to).toLowerCase())`. Lower-casing never
 * shortens a word, so a longer word is no verb; and a word's lower case
 * opens with its first letter's (no verb opens with a letter whose lower
 * case is longer, 'İ'), so a word opening with a letter no verb opens with
 * is no verb either. Neither is sliced nor lower-cased.
 */
function isBioVerbAt(text: string, from: number, to: number): boolean {
  return to - from <= LONGEST_BIO_VERB && BIO_VERB_INITIALS.has(lowerCharAt(text, from)) &&
    BIO_VERBS.has(text.slice(from, to).toLowerCase());
}

/** Where the word at or after `from` starts: past any white space, by `end` at the latest. */
function wordStart(text: string, from: number, end: number): number {
  while (from < end && isSpaceCode(text.charCodeAt(from))) from++;
  return from;
}

/** Where the word starting at `from` ends: at white space or `end`. */
function wordEnd(text: string, from: number, end: number): number {
  while (from < end && !isSpaceCode(text.charCodeAt(from))) from++;
  return from;
}

/** Where a byline names the subject first ("By Meg JamesStaff Writer" names "Meg James"). */
const NAME_NEAR_START = 14;

/**
 * Whether a byline names the bio's subject: as a salvaged author, by first
 * name ("Zac covers …" under "By Zac Hall"), or right after its label when
 * the page glued the name to a job title.
 */
function isBylineAuthor(subject: Subject, authors: readonly string[], bylines: readonly string[]): boolean {
  const name = subject.name.toLowerCase();
  for (const a of authors) {
    const lower = a.toLowerCase();
    if (lower === name || (subject.words === 1 && lower.startsWith(`${name} `))) return true;
  }
  if (subject.words < 2) return false;
  return bylines.some((b) => {
    const at = b.indexOf(name);
    return at > 0 && at <= NAME_NEAR_START && b[at - 1] === ' ';
  });
}

interface Subject {
  name: string;
  words: number;
  /** The first sentence names a trade ("a staff writer", "the editor and publisher"). */
  trade: boolean;
}

/**
 * The person a bio opens with: one to four capitalised words (particles and
 * initials allowed), perhaps a handle in parentheses, then a bio verb.
 */
function readSubject(line: string): Subject | null {
  // The subject's name opens the line with a capital; most lines fail here.
  const first = line.charCodeAt(0);
  if (first < 128 ? first < 65 || first > 90 : !/^\p{Lu}/u.test(line)) return null;
  // The name, a bracket and the verb stand in the first words of the reach, read in place as `split(' ')`
  // of the reach gives them: most lines fail on them, and have no word sliced out. A word ending at the
  // reach is the last.
  const reach = Math.min(line.length, SUBJECT_REACH);
  let from = 0;
  let to = spaceOrReach(line, 0, reach);
  // Prose opens with a capital too, mostly on a function word ("The", "In"): the first word rules out most lines.
  if (!isNameWordAt(line, 0, to, false) || isEnglishStopwordAt(line, 0, to)) return null;
  // A bio goes on after the name: a line of one word ("Sports") holds no verb.
  if (to === reach) return null;
  let i = 0;
  let nameEnd = 0;
  while (i < MAX_NAME_WORDS && isNameWordAt(line, from, to, i > 0)) {
    i++;
    nameEnd = to;
    if (to === reach) return null;
    from = to + 1;
    to = spaceOrReach(line, from, reach);
  }
  // "Molly Wood (@mollywood) is …", "Jeff Foust (jeff@thespacereview.com) is …": the verb follows the closing bracket.
  if (to > from && line.charCodeAt(from) === 0x28) {
    const open = i;
    while (i - open < 4 && !(to > from && line.charCodeAt(to - 1) === 0x29)) {
      if (to === reach) return null;
      i++;
      from = to + 1;
      to = spaceOrReach(line, from, reach);
    }
    if (to === reach) return null;
    i++;
    from = to + 1;
    to = spaceOrReach(line, from, reach);
  }
  if (!isBioVerbAt(line, from, to)) return null;
  const name = line.slice(0, nameEnd).split(' ');
  const printed = undoubled(name);
  const words = line.slice(0, SUBJECT_REACH).split(' ');
  let trade = false;
  for (let j = i + 1; j < words.length; j++) {
    const w = words[j]!;
    if (BIO_NOUNS.has(w.toLowerCase().replace(/[.,;:]$/u, ''))) trade = true;
    if (/[.!?]$/u.test(w) && w.length > 3) break;
  }
  return { name: printed.join(' '), words: printed.length, trade };
}

/** Where the word from `from` ends in `line` cut at `reach`: at the next space, or at the reach. */
function spaceOrReach(line: string, from: number, reach: number): number {
  const space = line.indexOf(' ', from);
  return space >= 0 && space < reach ? space : reach;
}

function isNameWord(word: string, inside: boolean): boolean {
  return isNameWordAt(word, 0, word.length, inside);
}

/** The first letters of the name particles: a word opening with another is no particle and is not sliced out to be looked up. */
const PARTICLE_INITIALS = new Set([...NAME_PARTICLES].map((p) => p.charCodeAt(0)));

/** {@link isNameWord} of `text.slice(from, to)`, read from character codes where it can be. */
function isNameWordAt(text: string, from: number, to: number, inside: boolean): boolean {
  if (to <= from) return false;
  if (inside && PARTICLE_INITIALS.has(text.charCodeAt(from)) && NAME_PARTICLES.has(text.slice(from, to))) return true;
  if (isPossessiveOrListed(text, from, to)) return false;
  return hasNameShape(text, from, to);
}

/** `word.endsWith("'s") || word.endsWith('’s') || word.endsWith(',')` of the word from `from` to `to`, from character codes. */
function isPossessiveOrListed(text: string, from: number, to: number): boolean {
  const last = text.charCodeAt(to - 1);
  if (last === 0x2c) return true;
  return last === 0x73 && to - from >= 2 && (text.charCodeAt(to - 2) === 0x27 || text.charCodeAt(to - 2) === 0x2019);
}

/** A capital, then up to 30 letters, apostrophes, full stops and hyphens. */
const NAME_SHAPE = /^\p{Lu}[\p{L}'’.-]{0,30}$/u;

/** Whether the word from `from` to `to` has {@link NAME_SHAPE}; an ASCII word is answered from its codes, without the regex. */
function hasNameShape(text: string, from: number, to: number): boolean {
  const first = text.charCodeAt(from);
  if (first >= 0x80) return NAME_SHAPE.test(text.slice(from, to));
  if (!(first >= 0x41 && first <= 0x5a)) return false;
  for (let i = from + 1; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return NAME_SHAPE.test(text.slice(from, to));
    // A-Z a-z ' . -
    if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x27 || c === 0x2e || c === 0x2d)) return false;
  }
  return to - from <= 31;
}

/**
 * Whether a bio names the trade anywhere: a trade noun, or a trade verb in a
 * line that speaks of a person ("He has been reporting on solar since 2009";
 * "Medical Xpress covers all medical research" is a site's promotion).
 */
function tradeIn(lower: string): boolean {
  const words = lower.split(' ').map((w) => w.replace(/[.,;:]$/u, ''));
  if (words.some((w) => BIO_NOUNS.has(w))) return true;
  return words.some((w) => TRADE_VERBS.has(w)) && words.some((w) => PERSONAL_PRONOUNS.has(w));
}

/** Whether a bio's subject is the named author, in full or by first or last name ("Zac covers …" under "Zac Hall"). */
function sameAuthor(subject: Subject, name: string): boolean {
  if (subject.name === name) return true;
  const words = name.split(' ');
  return subject.words === 1 && (subject.name === words[0] || subject.name === words[words.length - 1]);
}

/** The person an "About <name>" header names, or null. */
function aboutName(line: string): string | null {
  if (!ABOUT_INITIALS.has(line.charAt(0).toLowerCase())) return null;
  // Only the line's opening can hold the word.
  const lower = line.slice(0, ABOUT_REACH).toLowerCase();
  const opening = ABOUT_OPENINGS.find((w) => lower.startsWith(w));
  return opening ? nameLine(line.slice(opening.length).replace(/[:.]$/u, '')) : null;
}

/** A name printed twice by a template ("Ed Cara Ed Cara") is one name. */
function undoubled(words: readonly string[]): readonly string[] {
  const half = words.length / 2;
  return Number.isInteger(half) && words.slice(0, half).join(' ') === words.slice(half).join(' ') ? words.slice(0, half) : words;
}

/** A line that is only a name, or null. */
function nameLine(line: string): string | null {
  const half = undoubled(line.split(' '));
  if (half.length < 2 || half.length > MAX_NAME_WORDS) return null;
  if (!half.every((w, k) => isNameWord(w, k > 0)) || isEnglishStopwordAt(half[0]!, 0, half[0]!.length)) return null;
  return half.join(' ');
}

function finding(text: string, from: Line, to: Line, rule: string, reason: string, authors?: string[]): Finding {
  const start = contentStart(from);
  const end = contentEnd(to);
  const f: Finding = { kind: 'author-bio', rule, start, end, text: text.slice(start, end), reason };
  if (authors) f.salvage = { authors };
  return f;
}

/** The author-bio detector for the default pipeline; it reads the bylines found before it. */
export const authorBioDetector: Detector = {
  id: 'author-bio',
  rules: ['bio-header', 'bio-paragraph'],
  detect: ({ text, lines, findings }) => detectAuthorBios(text, lines, findings),
};
