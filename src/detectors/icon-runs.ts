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
/** A run is reported when it holds this many tokens, or is the whole line. */
const MIN_TOKENS = 6;
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
  const runs: MemberRun[] = [];
  for (const line of lines) memberRuns(text, line, runs);
  const findings: Finding[] = [];
  for (const run of runs) {
    const wholeLine = run.first && run.last;
    if (run.strong >= 4 && (wholeLine || run.tokens >= MIN_TOKENS)) {
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
 * Push the runs of member tokens of a line of `text` that could be reported:
 * only tokens made of lower-case ASCII letters, digits and `-_.` can be icon
 * names, so one scan over the line finds runs of such candidates, a token
 * at a time with one table lookup per character and no string per token,
 * and only a run long enough to report (six tokens, or the whole line) has
 * its tokens scored. The scan reads `text` itself, which is faster than the
 * line's own string (a slice of it).
 */
function memberRuns(text: string, line: Line, runs: MemberRun[]): void {
  const end = line.end;
  let token = 0;
  let runTokens = 0;
  let runFirst = 0;
  let runFrom = 0;
  let runTo = 0;
  let i = line.start;
  for (;;) {
    while (i < end && CODE_KINDS[text.charCodeAt(i)] === SPACE) i++;
    if (i === end) break;
    const tokenStart = i;
    while (i < end && CODE_KINDS[text.charCodeAt(i)] === CANDIDATE) i++;
    if (i < end && CODE_KINDS[text.charCodeAt(i)] === OTHER) {
      // A token with any other character is no candidate: its rest needs no look but for where it ends.
      while (i < end && CODE_KINDS[text.charCodeAt(i)] !== SPACE) i++;
      if (runTokens >= MIN_TOKENS) scoreRun(text, runFrom, runTo, runFirst, false, runs);
      runTokens = 0;
    } else {
      if (runTokens === 0) {
        runFirst = token;
        runFrom = tokenStart;
      }
      runTokens++;
      runTo = i;
    }
    token++;
  }
  if (runTokens >= MIN_TOKENS || (runTokens > 0 && runFirst === 0)) scoreRun(text, runFrom, runTo, runFirst, true, runs);
}

const OTHER = 0;
const CANDIDATE = 1;
const SPACE = 2;

/** The kind of each UTF-16 code unit in the token scan: white space, a character of icon names, or other. */
const CODE_KINDS = new Uint8Array(0x10000).map((_, c) => (isSpaceCode(c) ? SPACE : isCandidateCode(c) ? CANDIDATE : OTHER));

/** Lower-case ASCII letters, digits and `-_.`: what icon names are made of. */
function isCandidateCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95 || c === 46;
}

interface TokenScore {
  strong: number;
  member: boolean;
}

/**
 * Push the member runs among the candidate tokens in `text` from `from` to
 * `to` that are long enough to report: six tokens, or all of them when
 * they are the whole line (the first of them is the line's token `first`;
 * `endsLine` when the last of them is the line's last). Prose breaks such
 * runs with function words every few tokens, so the search looks at the last
 * token of a window of six first: when it is no member, no long run holds it
 * and the window moves past it, and most tokens are never scored.
 */
function scoreRun(text: string, from: number, to: number, first: number, endsLine: boolean, runs: MemberRun[]): void {
  const bounds = tokenBounds(text, from, to);
  const n = bounds.length / 2;
  const scores: TokenScore[] = new Array(n);
  const need = first === 0 && endsLine ? Math.min(MIN_TOKENS, n) : MIN_TOKENS;
  let p = 0;
  while (p + need <= n) {
    let j = p + need - 1;
    while (j >= p && scoreAt(text, bounds, scores, j).member) j--;
    if (j >= p) {
      p = j + 1;
      continue;
    }
    let e = p + need;
    while (e < n && scoreAt(text, bounds, scores, e).member) e++;
    let strong = 0;
    for (let k = p; k < e; k++) strong += scores[k]!.strong;
    runs.push({
      start: bounds[2 * p]!,
      end: bounds[2 * e - 1]!,
      tokens: e - p,
      strong,
      first: first + p === 0,
      last: endsLine && e === n,
    });
    p = e + 1;
  }
}

/** Start and end offsets of the tokens of `text` from `from` to `to`, in pairs. */
function tokenBounds(text: string, from: number, to: number): number[] {
  const bounds: number[] = [];
  let i = from;
  while (i < to) {
    let j = i;
    while (j < to && !isSpaceCode(text.charCodeAt(j))) j++;
    bounds.push(i, j);
    i = j;
    while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
  }
  return bounds;
}

/** The score of token `k`, computed once. */
function scoreAt(text: string, bounds: readonly number[], scores: TokenScore[], k: number): TokenScore {
  let score = scores[k];
  if (score === undefined) {
    const token = text.slice(bounds[2 * k], bounds[2 * k + 1]);
    score = scores[k] = token.length <= MAX_REMEMBERED ? scoreShortToken(token) : scoreToken(token);
  }
  return score;
}

/** Words repeat across lines and pages, so short tokens' scores are remembered. */
const scoreShortToken = memoize(scoreToken);
const MAX_REMEMBERED = 64;

/** Score one token: icon names it holds, and whether it may belong to a run at all. */
function scoreToken(token: string): TokenScore {
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
