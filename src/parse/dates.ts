import { assertString } from '../ingest/assert.js';
import { MONTHS, RELATIVE_TIME_WORDS, TIMESTAMP_LABELS, WEEKDAYS, ZONE_NAMES } from '../rules/dates.js';

/** What {@link parseDateLine} recognised in a short line. */
export interface ParsedDate {
  /** ISO 8601 as far as the source goes: `2016-09-24T01:53`, `2016-10-01`; null for relative times. */
  iso: string | null;
  /** Every token of the line is part of the date, a label, a weekday or a zone. */
  pure: boolean;
  /** The line is a relative time ("3 hours ago"). */
  relative: boolean;
}

type Token = { kind: 'word' | 'number' | 'punct'; value: string };

/** ISO date, optional time and zone; every part is fixed-width, so it cannot backtrack. */
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Read a date from a short line ("24 Sep, 2016 01:53", "Sat Oct 1, 2016
 * 14:27:12", "Published: 2016-09-24T01:53:00Z", "Updated 3 hours ago").
 * Returns null when the line holds no date. No time zone is invented: one is
 * kept only when the source gives UTC or a numeric offset.
 *
 * @example parseDateLine('24 Sep, 2016 01:53')?.iso // '2016-09-24T01:53'
 */
export function parseDateLine(line: string): ParsedDate | null {
  assertString(line, 'parseDateLine');
  if (line.length > 120) return null;
  return fromTokens(tokenize(line, anyWord)!);
}

/**
 * What {@link parseDateLine} reads in a line that is nothing but a date (a
 * `pure` reading), else null. Such a line holds only date words, so the
 * first other word gives the line up before the rest is read.
 *
 * @example parsePureDateLine('Updated 3 hours ago')?.relative // true
 */
export function parsePureDateLine(line: string): ParsedDate | null {
  assertString(line, 'parsePureDateLine');
  if (line.length > 120) return null;
  const tokens = tokenize(line, isDateWord);
  const parsed = tokens ? fromTokens(tokens) : null;
  return parsed?.pure ? parsed : null;
}

function fromTokens(tokens: Token[]): ParsedDate | null {
  const iso = tokens.find((t) => t.kind === 'word' && ISO_RE.test(t.value));
  if (iso) return fromIso(iso.value, tokens.length === 1 || tokens.every((t) => t === iso || isFiller(t)));
  return fromParts(tokens);
}

function anyWord(): boolean {
  return true;
}

/**
 * A word a pure date line may hold: a month, which {@link fromParts} reads
 * as the date, or a filler or relative-time word, which it allows beside it.
 * Every other word is left over and makes the reading impure.
 */
function isDateWord(word: string): boolean {
  return WEEKDAYS.has(word) || TIMESTAMP_LABELS.has(word) || ZONE_NAMES.has(word) || RELATIVE_TIME_WORDS.has(word) || MONTHS[word] !== undefined;
}

function fromIso(value: string, pure: boolean): ParsedDate {
  const m = ISO_RE.exec(value)!;
  let iso = `${m[1]}-${m[2]}-${m[3]}`;
  if (m[4]) iso += `T${m[4]}:${m[5]}${m[6] ? `:${m[6]}` : ''}${m[7] ? zone(m[7]) : ''}`;
  return { iso, pure, relative: false };
}

function zone(z: string): string {
  if (z === 'Z') return 'Z';
  return z.length === 5 ? `${z.slice(0, 3)}:${z.slice(3)}` : z;
}

function fromParts(tokens: Token[]): ParsedDate | null {
  let year: number | undefined, month: number | undefined, day: number | undefined;
  let time: string | undefined;
  let utc = false;
  let relative = false;
  const used = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'number' && tokens[i + 1]?.value === ':' && tokens[i + 2]?.kind === 'number') {
      const parsed = readTime(tokens, i);
      if (parsed) {
        time = parsed.time;
        for (let j = i; j < parsed.next; j++) used.add(j);
        i = parsed.next - 1;
        continue;
      }
    }
    if (t.kind === 'number' && t.value.length <= 2 && isDateSeparator(tokens[i + 1]) && tokens[i + 2]?.kind === 'number' &&
        isDateSeparator(tokens[i + 3]) && tokens[i + 4]?.kind === 'number' && tokens[i + 4]!.value.length === 4) {
      const numeric = readNumericDate(Number(t.value), Number(tokens[i + 2]!.value), Number(tokens[i + 4]!.value), tokens[i + 1]!.value);
      if (numeric) {
        ({ year, month, day } = numeric);
        for (let j = i; j <= i + 4; j++) used.add(j);
        i += 4;
        continue;
      }
    }
    if (t.kind === 'word' && MONTHS[t.value] !== undefined && month === undefined) {
      month = MONTHS[t.value];
      used.add(i);
      const before = previousNumber(tokens, i);
      const after = nextNumber(tokens, i);
      if (after !== undefined && Number(tokens[after]!.value) <= 31 && tokens[after]!.value.length <= 2) {
        day = Number(tokens[after]!.value);
        used.add(after);
      } else if (before !== undefined && Number(tokens[before]!.value) <= 31 && tokens[before]!.value.length <= 2) {
        day = Number(tokens[before]!.value);
        used.add(before);
      }
      continue;
    }
    if (t.kind === 'number' && t.value.length === 4 && year === undefined) {
      const y = Number(t.value);
      if (y >= 1900 && y <= 2100) {
        year = y;
        used.add(i);
        continue;
      }
    }
  }
  const rest = tokens.filter((_, i) => !used.has(i));
  for (const t of rest) {
    if (t.kind !== 'word') continue;
    if (t.value === 'utc' || t.value === 'gmt' || t.value === 'z') utc = true;
    if (t.value === 'ago' || t.value === 'yesterday' || t.value === 'today') relative = true;
  }
  // A relative line may hold a count ("3 hours ago"); any other leftover word or number is prose.
  const pure = rest.every((t) => isFiller(t) || (relative && (t.kind === 'number' ? t.value.length <= 2 : RELATIVE_TIME_WORDS.has(t.value))));
  if (month !== undefined && year !== undefined) {
    const date = `${year}-${pad(month)}${day !== undefined ? `-${pad(day)}` : ''}`;
    const iso = time && day !== undefined ? `${date}T${time}${utc ? 'Z' : ''}` : date;
    return { iso, pure, relative: false };
  }
  if (relative) return { iso: null, pure, relative: true };
  if (month !== undefined && day !== undefined && pure) return { iso: null, pure, relative: false };
  return null;
}

function readTime(tokens: Token[], i: number): { time: string; next: number } | null {
  const h = Number(tokens[i]!.value);
  const m = tokens[i + 2]!.value;
  if (h > 24 || m.length !== 2 || Number(m) > 59) return null;
  let next = i + 3;
  let s: string | undefined;
  if (tokens[next]?.value === ':' && tokens[next + 1]?.kind === 'number' && tokens[next + 1]!.value.length === 2) {
    s = tokens[next + 1]!.value;
    next += 2;
  }
  let hour = h;
  const marker = meridiem(tokens, next);
  if (marker) {
    if (marker.pm && hour < 12) hour += 12;
    if (!marker.pm && hour === 12) hour = 0;
    next = marker.next;
  }
  return { time: `${pad(hour)}:${m}${s ? `:${s}` : ''}`, next };
}

/** "pm", "p.m.", "PM" after a time. */
function meridiem(tokens: Token[], i: number): { pm: boolean; next: number } | null {
  const t = tokens[i];
  if (t?.kind !== 'word') return null;
  if (t.value === 'am' || t.value === 'pm') return { pm: t.value === 'pm', next: i + 1 };
  if ((t.value === 'a' || t.value === 'p') && tokens[i + 1]?.value === '.' && tokens[i + 2]?.value === 'm') {
    return { pm: t.value === 'p', next: tokens[i + 3]?.value === '.' ? i + 4 : i + 3 };
  }
  return null;
}

/** dd.mm.yyyy and dd/mm/yyyy read day first; mm/dd/yyyy only where the day cannot be first. */
function readNumericDate(a: number, b: number, year: number, sep: string): { year: number; month: number; day: number } | null {
  if (year < 1900 || year > 2100) return null;
  if (a >= 1 && a <= 31 && b >= 1 && b <= 12 && (sep !== '/' || a > 12 || b > 12 || a === b)) return { year, month: b, day: a };
  if (sep === '/' && a >= 1 && a <= 12 && b >= 1 && b <= 31) return { year, month: a, day: b };
  if (a >= 1 && a <= 31 && b >= 1 && b <= 12) return { year, month: b, day: a };
  return null;
}

function isDateSeparator(t: Token | undefined): boolean {
  return t !== undefined && (t.value === '.' || t.value === '/' || t.value === '-');
}

function previousNumber(tokens: Token[], i: number): number | undefined {
  for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
    if (tokens[j]!.kind === 'number') return j;
    if (tokens[j]!.kind !== 'punct') return undefined;
  }
  return undefined;
}

function nextNumber(tokens: Token[], i: number): number | undefined {
  for (let j = i + 1; j < tokens.length && j <= i + 2; j++) {
    if (tokens[j]!.kind === 'number') return tokens[j + 1]?.value === ':' ? undefined : j;
    if (tokens[j]!.kind !== 'punct') return undefined;
  }
  return undefined;
}

/** Tokens that may stand in a timestamp line besides the date itself. */
function isFiller(t: Token): boolean {
  if (t.kind === 'punct') return true;
  if (t.kind === 'number') return false;
  return WEEKDAYS.has(t.value) || TIMESTAMP_LABELS.has(t.value) || ZONE_NAMES.has(t.value);
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Words (lower-cased, letters only; an ISO date-time stays one word), digit
 * runs, and single punctuation marks. White space separates and is dropped.
 * Null as soon as a word fails `keep`.
 */
function tokenize(line: string, keep: (word: string) => boolean): Token[] | null {
  const tokens: Token[] = [];
  // The words between white space, as `line.split(/\s+/)` gives them, read in place: a line given up on its first word is not split.
  let from = 0;
  while (from < line.length) {
    while (from < line.length && isJsSpace(line.charCodeAt(from))) from++;
    let end = from;
    while (end < line.length && !isJsSpace(line.charCodeAt(end))) end++;
    if (!readPiece(line, from, end, keep, tokens)) return null;
    from = end;
  }
  return tokens;
}

/** Push the tokens of `line` from `from` to `end`, a run without white space; false as soon as a word fails `keep`. */
function readPiece(line: string, from: number, end: number, keep: (word: string) => boolean, tokens: Token[]): boolean {
  // Cheap test first: an ISO date has its first hyphen after four digits.
  if (line.charCodeAt(from + 4) === 0x2d && from + 4 < end) {
    const raw = line.slice(from, end);
    if (ISO_RE.test(raw)) {
      tokens.push({ kind: 'word', value: raw });
      return true;
    }
  }
  let i = from;
  while (i < end) {
    if (isDigit(line, i)) {
      let j = i + 1;
      while (j < end && isDigit(line, j)) j++;
      tokens.push({ kind: 'number', value: line.slice(i, j) });
      i = j;
    } else if (isLetter(line, i)) {
      let j = i + 1;
      while (j < end && isLetter(line, j)) j++;
      const word = line.slice(i, j).toLowerCase();
      if (!keep(word)) return false;
      tokens.push({ kind: 'word', value: word });
      i = j;
    } else {
      tokens.push({ kind: 'punct', value: line[i]! });
      i++;
    }
  }
  return true;
}

/** What `\s` matches: the white space of JavaScript's `trim` and `split(/\s+/)`. */
function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

/** A character with case; ASCII is answered from its code, without making strings. */
function isLetter(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  const ch = s[i]!;
  return ch.toLowerCase() !== ch.toUpperCase();
}
