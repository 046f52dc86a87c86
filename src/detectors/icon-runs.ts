import type { Detector, Finding, Line } from '../types.js';
import { assertString } from '../ingest/assert.js';
import { isSpaceCode } from '../ingest/whitespace.js';
import { splitLines } from '../ingest/lines.js';
import { memoize } from '../ingest/memo.js';
import { STOPWORDS } from '../rules/stopwords.js';
import { ICON_MARKERS, ICON_PREFIXES, UI_WORDS, WEAK_WORDS } from '../rules/icon-vocabulary.js';

const STRONG = new Set<string>([...UI_WORDS, ...ICON_MARKERS]);
const WEAK = new Set<string>(WEAK_WORDS);
const PREFIXES = new Set<string>(ICON_PREFIXES);
const LONGEST = Math.max(...[...STRONG, ...WEAK].map((w) => w.length));
/** English function words never ride along: they are what joins icon-like words in prose ("the share icon to play"). */
const FUNCTION_WORDS = new Set<string>(STOPWORDS.en);
/** Unknown lower-case tokens this short ride along inside a run without counting toward it. */
const MAX_SHORT = 3;
/** A token longer than this is not an icon name, glued or not (keeps the segmentation bounded). */
const MAX_TOKEN = 4000;

/**
 * Find runs of icon and UI sprite names left in the text: glued to an "icon"
 * suffix (`bookmarkicon cameraicon`), prefixed by an icon set (`fa-twitter`,
 * `ic_menu`), or bare lower-case names. A run must hold at least four icon
 * names, so prose that mentions "share" or "play" survives.
 *
 * @example detectIconRuns('icon bookmarkicon cameraicon checkicon closeicon')[0].kind // 'icon-run'
 */
export function detectIconRuns(text: string, lines: readonly Line[] = splitLines(text)): Finding[] {
  assertString(text, 'detectIconRuns');
  const findings: Finding[] = [];
  for (const line of lines) {
    for (const run of memberRuns(line)) {
      const wholeLine = run.first && run.last;
      if (run.strong >= 4 && (wholeLine || run.tokens >= 6)) {
        findings.push({
          kind: 'icon-run',
          rule: 'icon-run',
          start: run.start,
          end: run.end,
          text: text.slice(run.start, run.end),
          reason: `Unexpected run of ${run.strong} icon names, remove it`,
        });
      }
    }
  }
  return findings;
}

/** A maximal run of member tokens on one line. */
interface MemberRun {
  start: number;
  end: number;
  tokens: number;
  /** Icon names the run holds. */
  strong: number;
  /** The run starts with the line's first token / ends with its last. */
  first: boolean;
  last: boolean;
}

/**
 * The runs of member tokens of a line that could be reported: only tokens
 * made of lower-case ASCII letters, digits and `-_.` can be icon names, so a
 * first scan finds runs of such candidates, and only a run long enough to
 * report (six tokens, or the whole line) has its tokens scored.
 */
function memberRuns(line: Line): MemberRun[] {
  const { text } = line;
  const starts: number[] = [];
  const ends: number[] = [];
  const candidates: boolean[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    let j = i;
    let candidate = true;
    for (; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (isSpaceCode(c)) break;
      if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95 || c === 46)) candidate = false;
    }
    starts.push(i);
    ends.push(j);
    candidates.push(candidate);
    i = j;
  }
  const runs: MemberRun[] = [];
  const count = starts.length;
  let a = 0;
  while (a < count) {
    if (!candidates[a]) {
      a++;
      continue;
    }
    let b = a;
    while (b < count && candidates[b]) b++;
    if (b - a >= 6 || (a === 0 && b === count)) scoreRun(line, starts, ends, a, b, count, runs);
    a = b;
  }
  return runs;
}

/** Score the candidate tokens [a, b) and push the member runs among them. */
function scoreRun(line: Line, starts: number[], ends: number[], a: number, b: number, count: number, runs: MemberRun[]): void {
  let current: MemberRun | null = null;
  for (let k = a; k < b; k++) {
    const token = line.text.slice(starts[k], ends[k]);
    const score = token.length <= MAX_REMEMBERED ? scoreShortToken(token) : scoreToken(token);
    if (!score.member) {
      current = null;
      continue;
    }
    if (!current) runs.push((current = { start: line.start + starts[k]!, end: 0, tokens: 0, strong: 0, first: k === 0, last: false }));
    current.end = line.start + ends[k]!;
    current.tokens++;
    current.strong += score.strong;
    current.last = k === count - 1;
  }
}

/** Words repeat across lines and pages, so short tokens' scores are remembered. */
const scoreShortToken = memoize(scoreToken);
const MAX_REMEMBERED = 64;

/** Score one token: icon names it holds, and whether it may belong to a run at all. */
function scoreToken(token: string): { strong: number; member: boolean } {
  if (token.length > MAX_TOKEN || token !== token.toLowerCase()) return { strong: 0, member: false };
  const parts = token.split(/[-_.]/).filter((p) => p !== '');
  if (parts.length === 0) return { strong: 0, member: false };
  let strong = 0;
  for (const [n, part] of parts.entries()) {
    if (n === 0 && parts.length > 1 && PREFIXES.has(part)) {
      strong++;
      continue;
    }
    const score = scorePart(part);
    if (score < 0) return { strong: 0, member: false };
    strong += score;
  }
  return { strong, member: true };
}

/**
 * Icon names in one glued part (`stepbackicon` → 1, `bookmarkiconcameraicon` → 2),
 * 0 for a weak word, -1 for anything else. A part ending in "icon" counts
 * whatever stands before it, since sprite names are not all words (`wticon`).
 */
function scorePart(part: string): number {
  if (!/^[a-z0-9]+$/.test(part)) return -1;
  if (WEAK.has(part) || (part.length <= MAX_SHORT && /^[a-z]+$/.test(part) && !STRONG.has(part) && !FUNCTION_WORDS.has(part))) return 0;
  const markers = countMarkers(part);
  if (markers > 0 && (part.endsWith('icon') || part.endsWith('icons') || part.startsWith('icon'))) return markers;
  return segmentsIntoWords(part) ? 1 : -1;
}

function countMarkers(part: string): number {
  let count = 0;
  for (let at = part.indexOf('icon'); at >= 0; at = part.indexOf('icon', at + 4)) count++;
  return count;
}

/** Whether `part` is a concatenation of vocabulary words (bounded word-break DP, linear in its length). */
function segmentsIntoWords(part: string): boolean {
  if (part.length > 64) return false;
  const ok = new Uint8Array(part.length + 1);
  ok[0] = 1;
  for (let end = 1; end <= part.length; end++) {
    for (let len = 1; len <= LONGEST && len <= end; len++) {
      if (ok[end - len] && (STRONG.has(part.slice(end - len, end)) || (len > 1 && WEAK.has(part.slice(end - len, end))))) {
        ok[end] = 1;
        break;
      }
    }
  }
  return ok[part.length] === 1 && part.length > 1;
}

/** The icon-run detector for the default pipeline. */
export const iconRunDetector: Detector = {
  id: 'icon-run',
  rules: ['icon-run'],
  detect: ({ text, lines }) => detectIconRuns(text, lines),
};
