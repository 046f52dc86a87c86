import type { Detector, DetectorContext, Finding, Line } from '../types.js';
import { isSpaceCode, squash } from '../ingest/whitespace.js';
import { contentStart } from '../ingest/lines.js';

const MAX_TITLE = 300;
/** A standfirst is a sentence-length line without a full stop. */
const MIN_SUBTITLE_WORDS = 6;
const MAX_SUBTITLE = 400;
/** The standfirst is one of the first four candidates, and the body must go on after it. */
const HEAD_CANDIDATES = 5;

/**
 * Find the headline at the top of the text (the first line left by the
 * debris detectors that reads as a title: no sentence-final full stop), its
 * repeats anywhere (scrapers often store the headline twice), and a
 * standfirst right under it (a sentence-length line without a full stop).
 *
 * @example detectHeadline(ctx).map((f) => f.kind) // ['title', 'duplicate-title']
 */
export function detectHeadline({ text, lines, findings: earlier }: DetectorContext): Finding[] {
  const candidateOf = uncoveredReader(earlier);
  const candidates: Candidate[] = [];
  let next = 0;
  for (; next < lines.length && candidates.length < HEAD_CANDIDATES; next++) {
    const c = candidateOf(lines[next]!);
    if (c) candidates.push(c);
  }
  const first = candidates[0];
  // A text of one line is all body: taking it as the title would leave nothing.
  if (!first || candidates.length < 2 || !isTitleLike(first.trimmed)) return [];
  const title = squash(first.trimmed);
  const out: Finding[] = [line(text, first, 'title', 'headline', 'Unexpected headline in the body, keep it as the title', { title })];
  let subtitleTaken = false;
  for (const [n, c] of candidates.entries()) {
    if (c === first) continue;
    if (squashesTo(c.trimmed, title)) {
      out.push(line(text, c, 'duplicate-title', 'duplicate-headline', 'Unexpected repeat of the headline, remove it'));
      continue;
    }
    if (!subtitleTaken && n <= 3 && out.length === n && isStandfirst(c.trimmed, candidates[n + 1])) {
      out.push(line(text, c, 'subtitle', 'standfirst', 'Unexpected standfirst in the body, keep it as the subtitle', { subtitle: squash(c.trimmed) }));
    }
    subtitleTaken = true;
  }
  // Further down only repeats count; squashesTo trims, so the raw line rules most out before it becomes a candidate.
  for (; next < lines.length; next++) {
    if (!squashesTo(lines[next]!.text, title)) continue;
    const c = candidateOf(lines[next]!);
    if (c) out.push(line(text, c, 'duplicate-title', 'duplicate-headline', 'Unexpected repeat of the headline, remove it'));
  }
  return out;
}

export interface Candidate {
  line: Line;
  trimmed: string;
  start: number;
}

/**
 * A reader of the lines no earlier finding touches: called on lines in
 * order (it may skip lines), it gives the candidate of a non-blank line that
 * no finding touches, null for the others. The detectors need only the
 * first few candidates of a page, and further down only the lines that
 * repeat the title, so no other line is trimmed or made a candidate.
 */
function uncoveredReader(findings: readonly Finding[]): (line: Line) => Candidate | null {
  const spans = [...findings].sort((a, b) => a.start - b.start);
  let k = 0;
  return (line) => {
    const bare = hasBareEnds(line.text);
    const trimmed = bare ? line.text : line.text.trim();
    if (trimmed === '') return null;
    const start = bare ? line.start : contentStart(line);
    const end = start + trimmed.length;
    // Starts only grow from line to line, so spans ending before this one end before every later one.
    while (k < spans.length && spans[k]!.end <= start) k++;
    return k < spans.length && spans[k]!.start < end ? null : { line, trimmed, start };
  };
}

/** The first non-blank line no earlier finding touches. */
export function firstUncovered(lines: readonly Line[], findings: readonly Finding[]): Candidate | null {
  const candidateOf = uncoveredReader(findings);
  for (const line of lines) {
    const c = candidateOf(line);
    if (c) return c;
  }
  return null;
}

/**
 * Whether `squash(s) === target`. Cheap test first: squash trims white space
 * and keeps the first and last characters it leaves, so most lines already
 * differ there, and it never lengthens a line.
 */
function squashesTo(s: string, target: string): boolean {
  // Shorter than the target before trimming, shorter after it.
  if (s.length < target.length) return false;
  let a = 0;
  let b = s.length;
  while (a < b && isSpaceCode(s.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(s.charCodeAt(b - 1))) b--;
  if (b - a < target.length) return false;
  if (target !== '' && (s.charCodeAt(a) !== target.charCodeAt(0) || s.charCodeAt(b - 1) !== target.charCodeAt(target.length - 1))) return false;
  return squash(s) === target;
}

/** Cheap test before trim: a line that starts and ends in visible ASCII has nothing to trim. */
function hasBareEnds(s: string): boolean {
  if (s === '') return false;
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(s.length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127;
}

/** A headline: a few words, no sentence-final full stop. */
export function isTitleLike(s: string): boolean {
  if (s.length < 3 || s.length > MAX_TITLE) return false;
  const words = s.split(/\s+/).length;
  if (words < 2 || words > 40) return false;
  if (!/^[\p{Lu}\p{N}"“‘'«(]/u.test(s)) return false;
  return !/[.,;:]$/.test(s) || /\.\.\.$|…$/.test(s);
}

/** A standfirst: sentence-length, no full stop, and the body goes on after it. */
function isStandfirst(s: string, next: Candidate | undefined): boolean {
  if (next === undefined || s.length > MAX_SUBTITLE) return false;
  if (s.split(/\s+/).length < MIN_SUBTITLE_WORDS) return false;
  return /^[\p{Lu}"“‘']/u.test(s) && !/[.:;,]$/.test(s);
}

function line(text: string, c: Candidate, kind: string, rule: string, reason: string, salvage?: Finding['salvage']): Finding {
  const end = c.start + c.trimmed.length;
  const f: Finding = { kind, rule, start: c.start, end, text: text.slice(c.start, end), reason };
  if (salvage) f.salvage = salvage;
  return f;
}

/** The headline detector for the default pipeline; it runs after the debris detectors. */
export const headlineDetector: Detector = {
  id: 'headline',
  rules: ['headline', 'duplicate-headline', 'standfirst'],
  detect: detectHeadline,
};
