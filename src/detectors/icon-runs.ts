import type { Detector, Finding, Line } from '../types.js';
import { assertString } from '../ingest/assert.js';
import { isSpaceCode } from '../ingest/whitespace.js';
import { splitLines } from '../ingest/lines.js';
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

/** How a whitespace-separated token reads as part of an icon run. */
interface TokenScore {
  start: number;
  end: number;
  /** Icon names the token holds (a glued token can hold many). */
  strong: number;
  member: boolean;
}

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
    const tokens = scoreTokens(line);
    let i = 0;
    while (i < tokens.length) {
      if (!tokens[i]!.member) {
        i++;
        continue;
      }
      let j = i;
      let strong = 0;
      while (j < tokens.length && tokens[j]!.member) strong += tokens[j++]!.strong;
      const run = tokens.slice(i, j);
      const wholeLine = i === 0 && j === tokens.length;
      if (strong >= 4 && (wholeLine || run.length >= 6)) {
        const start = run[0]!.start;
        const end = run[run.length - 1]!.end;
        findings.push({
          kind: 'icon-run',
          rule: 'icon-run',
          start,
          end,
          text: text.slice(start, end),
          reason: `Unexpected run of ${strong} icon names, remove it`,
        });
      }
      i = j;
    }
  }
  return findings;
}

function scoreTokens(line: Line): TokenScore[] {
  const out: TokenScore[] = [];
  const { text } = line;
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    let j = i;
    while (j < text.length && !isSpaceCode(text.charCodeAt(j))) j++;
    out.push({ start: line.start + i, end: line.start + j, ...scoreToken(text.slice(i, j)) });
    i = j;
  }
  return out;
}

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
