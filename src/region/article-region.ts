import type { Focus } from '../types.js';
import type { LineFeatures, PageLanguage } from './line-features.js';

/** How a line reads, in the jusText sense. */
export type LineClass = 'prose' | 'near-prose' | 'short' | 'furniture' | 'debris';

/** Tuning of the region finder per focus; `precision` keeps more, `recall` cuts more. */
interface RegionTuning {
  /** What a short line costs; more cost splits regions at smaller menus. */
  shortCost: number;
  /** What a long line that does not read as prose costs, per character. */
  furnitureCost: number;
  /** Secondary regions are kept when they score this share of the main one. */
  secondaryShare: number;
}

const TUNING: Record<Focus, RegionTuning> = {
  precision: { shortCost: 14, furnitureCost: 0.5, secondaryShare: 0.3 },
  balanced: { shortCost: 30, furnitureCost: 1, secondaryShare: 0.6 },
  recall: { shortCost: 50, furnitureCost: 1.2, secondaryShare: 1 },
};

/** Lines shorter than this are "short" (labels, menu items, bylines). */
const SHORT = 40;
/** Prose gains at most this much per line, so one huge blob does not outweigh everything. */
const MAX_GAIN = 800;
/** The run after the repeated headline wins when it scores at least this share of the best run. */
const ANCHOR_SHARE = 0.25;

/**
 * Classify a line from its text alone: prose (dense in function words or
 * sentence-shaped), near-prose, short, furniture (long but list-like: title
 * case, no sentence shape), or debris (an earlier detector claimed it).
 *
 * @example classifyLine(features, language, false) // 'prose'
 */
export function classifyLine(f: LineFeatures, language: PageLanguage, claimed: boolean): LineClass {
  if (claimed) return 'debris';
  const density = f.words > 0 ? f.stops / f.words : 0;
  const capitalShare = f.words > 0 ? f.capitalised / f.words : 0;
  const sentenceShaped = f.terminal || f.innerStop;
  // A line the page repeats (a menu printed twice, a teaser) counts no more than a short line.
  if (f.repeats > 1 && f.chars < 200) return 'short';
  if (f.chars < SHORT) return 'short';
  const dense = language.code === null ? sentenceShaped && capitalShare < 0.6 : density >= 0.3;
  const fair = language.code === null ? sentenceShaped || f.chars >= 120 : density >= 0.18 || (sentenceShaped && capitalShare < 0.5);
  // A dense line without a sentence end and of headline length is a teaser or a heading, not a paragraph.
  if (dense && f.chars >= 80 && (f.terminal || f.innerStop || f.chars >= 150)) return 'prose';
  if (dense || fair) return 'near-prose';
  return 'furniture';
}

/** The gain of a line for the region search: prose pays, furniture and menus cost. */
function gainOf(cls: LineClass, f: LineFeatures, tuning: RegionTuning): number {
  switch (cls) {
    case 'prose':
      return Math.min(f.chars, MAX_GAIN);
    case 'near-prose':
      return Math.min(f.chars, MAX_GAIN) * 0.4;
    case 'short':
      return -tuning.shortCost;
    case 'furniture':
      return -Math.max(tuning.shortCost, f.chars * tuning.furnitureCost);
    case 'debris':
      return -2;
  }
}

/** A run of lines (indices into the features array), inclusive. */
export interface Region {
  first: number;
  last: number;
  score: number;
}

/**
 * The article body as the densest contiguous run of lines: the maximum-sum
 * run of line gains (Kadane, linear), then further runs that score a fair
 * share of it (an article split by a large inset keeps both halves). With
 * the repeated headline known, the run must start after it when it can.
 *
 * @example findRegions(classes, features, 'balanced')[0] // { first: 12, last: 40, score: 5120 }
 */
export function findRegions(classes: readonly LineClass[], features: readonly LineFeatures[], focus: Focus, anchor = -1): Region[] {
  const tuning = TUNING[focus];
  const gains = classes.map((c, i) => gainOf(c, features[i]!, tuning));
  let main = bestRun(gains, 0, gains.length);
  if (!main) return [];
  // The body follows the repeated headline; a denser run above it is teasers and menus, unless the run after the headline is thin.
  if (anchor >= 0 && main.first <= anchor && !proseBefore(gains, main, anchor)) {
    const after = bestRun(gains, anchor + 1, gains.length);
    if (after && after.score >= main.score * ANCHOR_SHARE) main = after;
  }
  const regions = [main];
  const floor = main.score * tuning.secondaryShare;
  for (const [a, b] of [[Math.max(0, anchor + 1), main.first], [main.last + 1, gains.length]] as const) {
    const extra = bestRun(gains, a, b);
    if (extra && extra.score >= floor && extra.score > MAX_GAIN / 2) regions.push(extra);
  }
  return regions.sort((x, y) => x.first - y.first);
}

/** Whether most of a run's gain lies before `at`: a headline repeated that late is a recipe card or a teaser, not the page head. */
function proseBefore(gains: readonly number[], run: Region, at: number): boolean {
  let before = 0;
  for (let i = run.first; i < at && i <= run.last; i++) if (gains[i]! > 0) before += gains[i]!;
  return before >= run.score * 0.7;
}

/** Maximum-sum run of gains[a..b), or null when nothing scores above zero. */
function bestRun(gains: readonly number[], a: number, b: number): Region | null {
  let best: Region | null = null;
  let sum = 0;
  let start = a;
  for (let i = a; i < b; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += gains[i]!;
    if (sum > 0 && (!best || sum > best.score)) best = { first: start, last: i, score: sum };
  }
  return best;
}
