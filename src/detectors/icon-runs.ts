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

/** The runs of tokens that may belong to an icon run, in one scan of the line. */
function memberRuns(line: Line): MemberRun[] {
  const runs: MemberRun[] = [];
  const { text } = line;
  let current: MemberRun | null = null;
  let index = 0;
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    let j = i;
    let candidate = true;
    for (; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (isSpaceCode(c)) break;
      // Icon names are lower-case ASCII letters and digits joined by - _ . ; anything else ends a run.
      if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95 || c === 46)) candidate = false;
    }
    const score = candidate ? (j - i <= MAX_REMEMBERED ? scoreShortToken(text.slice(i, j)) : scoreToken(text.slice(i, j))) : NOT_MEMBER;
    if (score.member) {
      if (!current) runs.push((current = { start: line.start + i, end: 0, tokens: 0, strong: 0, first: index === 0, last: false }));
      current.end = line.start + j;
      current.tokens++;
      current.strong += score.strong;
    } else {
      current = null;
    }
    index++;
    i = j;
  }
  if (current) current.last = true;
  return runs;
}

/** Words repeat across lines and pages, so short tokens' scores are remembered. */
const scoreShortToken = memoize(scoreToken);
const MAX_REMEMBERED = 64;
const NOT_MEMBER = Object.freeze({ strong: 0, member: false });

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
