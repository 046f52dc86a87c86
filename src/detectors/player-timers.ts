import type { Detector, Finding, Line } from '../types.js';
import { assertString } from '../ingest/assert.js';
import { contentEnd, contentStart, splitLines } from '../ingest/lines.js';
import { PLAYER_LABELS } from '../rules/player-labels.js';
import { linesHolding } from '../ingest/lines-holding.js';

/** m:ss, mm:ss, h:mm:ss, and the truncated forms scrapers cut ("25:0"). */
const TIMER = /^\d{1,2}:\d{1,2}(?::\d{1,2})?$/;
/** Percent and fraction read-outs of a player ("Loaded: 0%", "1x"). */
const READOUT = /^(?:\d{1,3}(?:\.\d{1,2})?%|\d(?:\.\d{1,2})?x)$/;
/** Player read-outs separate their parts with spaces, slashes, bars and bullets. */
const WORD_SEPARATORS = /[\s/|•·]+/;
const WORD_SEPARATOR = /[\s/|•·]/;
/**
 * What every timer holds, and so every timer line: one search of the page
 * finds the few lines with one, and no other line needs a look unless it
 * stands next to one.
 */
const TIMER_MARK = /\d:\d/g;
/** A player line is short; a longer line is prose that happens to hold a time. */
const MAX_LINE = 80;

type LineClass = 'timer' | 'label' | 'other';

/**
 * Find what audio and video players leave behind: lines of timers (`0:00`,
 * `23:13`, truncated `25:0`) and control labels (`Podcasts`, `Current Time`,
 * `Mute`). A cluster needs two timers, so a lone "10:30" in a schedule or
 * prose such as "Listen to the podcast" survives.
 *
 * @example detectPlayerTimers('Podcasts\n0:00\n23:13')[0].kind // 'player-timer'
 */
export function detectPlayerTimers(text: string, lines: readonly Line[] = splitLines(text)): Finding[] {
  assertString(text, 'detectPlayerTimers');
  const classes = new Array<LineClass | undefined>(lines.length);
  const classOf = (k: number): LineClass => (classes[k] ??= classify(lines[k]!));
  const inCluster = (k: number) => classOf(k) !== 'other' || isBlankLine(lines[k]!);
  const timed = linesHolding(text, lines, TIMER_MARK);
  const findings: Finding[] = [];
  let k = 0;
  while (k < lines.length) {
    // A cluster with two timers holds a timer line; the other lines are classified only next to one.
    if (!timed[k] || classOf(k) !== 'timer') {
      k++;
      continue;
    }
    // The cluster: consecutive timer/label lines, blank lines allowed between.
    let first = k;
    for (let j = k - 1; j >= 0 && inCluster(j); j--) if (classOf(j) !== 'other') first = j;
    let last = k;
    let end = k + 1;
    for (; end < lines.length && inCluster(end); end++) if (classOf(end) !== 'other') last = end;
    let timers = 0;
    for (let j = first; j <= last; j++) if (classOf(j) !== 'other') timers += countTimers(lines[j]!.text);
    if (timers >= 2) {
      const start = contentStart(lines[first]!);
      const stop = contentEnd(lines[last]!);
      findings.push({ kind: 'player-timer', rule: 'player-timer', start, end: stop, text: text.slice(start, stop), reason: `Unexpected media player read-out with ${timers} timers, remove it` });
    }
    k = end;
  }
  return findings;
}

function classify(line: Line): LineClass {
  const text = line.text.trim();
  if (text === '' || text.length > MAX_LINE) return 'other';
  // Cheap test first: the first word of nearly every line is neither a timer nor a player word.
  const firstEnd = text.search(WORD_SEPARATOR);
  const first = firstEnd < 0 ? text : text.slice(0, firstEnd);
  if (!isFiller(first) && !isTimer(first) && !isPlayerWord(first)) return 'other';
  let timers = 0;
  for (const word of text.split(WORD_SEPARATORS)) {
    if (isFiller(word)) continue;
    if (isTimer(word)) timers++;
    else if (!isPlayerWord(word)) return 'other';
  }
  return timers > 0 ? 'timer' : 'label';
}

/** What splitting leaves between separators that is no word: nothing, or a dash. */
function isFiller(word: string): boolean {
  return word === '' || word === '-' || word === '–';
}

/** Timers and read-outs start with a digit; most words do not. */
function isTimer(word: string): boolean {
  return startsWithDigit(word) && TIMER.test(word);
}

/** A read-out ("0%", "1x") or a player label ("Podcasts", "Loaded:"). */
function isPlayerWord(word: string): boolean {
  return (startsWithDigit(word) && READOUT.test(word)) || PLAYER_LABELS.has(stripTrailingMark(word.toLowerCase()));
}

function startsWithDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function countTimers(text: string): number {
  let n = 0;
  for (const word of text.split(WORD_SEPARATORS)) if (TIMER.test(word)) n++;
  return n;
}

/** "Loaded:" and "Duration," are labels too. */
function stripTrailingMark(word: string): string {
  const last = word[word.length - 1];
  return last === ':' || last === '.' || last === ',' ? word.slice(0, -1) : word;
}

function isBlankLine(line: Line): boolean {
  return line.text.trim() === '';
}

/** The player-timer detector for the default pipeline. */
export const playerTimerDetector: Detector = {
  id: 'player-timer',
  rules: ['player-timer'],
  detect: ({ text, lines }) => detectPlayerTimers(text, lines),
};
