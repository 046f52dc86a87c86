import type { Detector, DetectorContext, Finding } from '../types.js';
import { contentEnd, contentStart } from '../ingest/lines.js';
import { lineFeatures } from '../region/line-features.js';
import type { LineFeatures } from '../region/line-features.js';
import { classifyLine, findRegions } from '../region/article-region.js';
import type { LineClass } from '../region/article-region.js';
import { isCommentHeader } from './comments.js';
import { MAX_RELATED_HEADER, isRelatedHeaderCased } from './page-debris.js';
import { pageLines } from '../ingest/page-lines.js';
import { isTitleLike } from './headline.js';
import { findTitleAnchor } from '../region/title-anchor.js';

/** A page needs this much prose before its edges are treated as furniture; shorter texts are left alone. */
const MIN_REGION_SCORE = 200;
/** A comment header ends the article only below this much prose of it. */
const MIN_PROSE_ABOVE_COMMENTS = 300;

/**
 * Find the page furniture of a whole-page text dump: the article body is the
 * densest contiguous run of prose lines (see `findRegions`); the lines before
 * it are the page head (menus, login, section lists), the lines after it the
 * page tail (more stories, footers); a comment header inside the run ends
 * the article and starts the comment section. The first line no earlier detector
 * claimed, when it reads as a title, and its exact repeats are left to the headline detector.
 *
 * @example detectPageFurniture(ctx).map((f) => f.rule) // ['page-head', 'page-tail']
 */
export function detectPageFurniture({ text, lines, findings, focus }: DetectorContext): Finding[] {
  const { features, language } = lineFeatures(text, lines);
  if (features.length < 3) return [];
  const claimed = claimedLines(features, findings);
  const classes = features.map((f, i) => classifyLine(f, language, claimed[i]!));
  const titleIndex = claimed.indexOf(false);
  const anchor = findTitleAnchor(features, titleIndex);
  const regions = findRegions(classes, features, focus, anchor);
  if (regions.length === 0 || regions[0]!.score < MIN_REGION_SCORE) return [];
  const title = features[titleIndex];
  const keep = new Uint8Array(features.length);
  if (title && isTitleLike(title.text)) features.forEach((f, i) => f.text === title.text && (keep[i] = 1));
  const repeat: Finding[] = [];
  if (anchor >= 0 && !keep[anchor] && !claimed[anchor]) {
    keep[anchor] = 1;
    const { line } = features[anchor]!;
    const [start, end] = [contentStart(line), contentEnd(line)];
    repeat.push({ kind: 'duplicate-title', rule: 'headline-repeat', start, end, text: text.slice(start, end), reason: 'Unexpected repeat of the headline, remove it' });
    // The page may print the headline again further down (a leaked metadata block, a share card).
    const headline = features[anchor]!.firstCopy;
    features.forEach((f, i) => {
      if (i === anchor || claimed[i] || keep[i] || f.firstCopy !== headline) return;
      keep[i] = 1;
      const [a, b] = [contentStart(f.line), contentEnd(f.line)];
      repeat.push({ kind: 'duplicate-title', rule: 'headline-repeat', start: a, end: b, text: text.slice(a, b), reason: 'Unexpected repeat of the headline, remove it' });
    });
  }
  const ctx: RunContext = { text, features, keep, claimed };
  const first = regions[0]!.first;
  const last = listAfter(features, claimed, regions[regions.length - 1]!.last);
  const cut = sectionCut(features, classes, pageLines(text, lines).lower, first, last);
  const end = cut.tail ? cut.tail.at : last + 1;
  const out = [...repeat, ...runs(ctx, 0, first, 'navigation', 'page-head')];
  for (let k = 1; k < regions.length; k++) {
    out.push(...runs(ctx, regions[k - 1]!.last + 1, Math.min(regions[k]!.first, end), 'navigation', 'page-gap'));
  }
  for (const inset of cut.insets) out.push(...runs(ctx, inset[0], inset[1], 'related', 'related-inset'));
  if (cut.tail) out.push(...runs(ctx, cut.tail.at, last + 1, cut.tail.kind, cut.tail.rule));
  out.push(...runs(ctx, last + 1, features.length, 'footer', 'page-tail'));
  const gone = (i: number) => cut.insets.some(([a, b]) => i >= a && i < b) || regions.some((r, k) => k > 0 && i > regions[k - 1]!.last && i < r.first);
  out.push(...repeatsIn(ctx, first, end, gone));
  return out;
}

/** A repeated line this long is a second copy (a gallery caption, a leaked body), not a refrain. */
const MIN_REPEAT = 60;
/** A line printed more often than this is a refrain (an interview's question to every guest): all copies stay. */
const MAX_COPIES = 3;

/**
 * Lines of the article that repeat, word for word, a longer line kept above
 * them: the page printed a caption, a summary or the whole body twice. The
 * first kept copy stays; a refrain printed many times stays whole.
 */
function repeatsIn(ctx: RunContext, a: number, b: number, gone: (i: number) => boolean): Finding[] {
  const { text, features, keep, claimed } = ctx;
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (let i = a; i < b; i++) {
    const f = features[i]!;
    if (claimed[i] || keep[i] || f.chars < MIN_REPEAT || f.repeats > MAX_COPIES || gone(i)) continue;
    if (!seen.has(f.text)) {
      seen.add(f.text);
      continue;
    }
    const [start, end] = [contentStart(f.line), contentEnd(f.line)];
    out.push({ kind: 'boilerplate', rule: 'page-repeat', start, end, text: text.slice(start, end), reason: REASONS['page-repeat']! });
  }
  return out;
}

/** The longest list an article announces with a colon, in lines, and the longest item. */
const MAX_ANNOUNCED_LIST = 80;
const MAX_LIST_ITEM = 160;

/**
 * An article that announces a list ("The tour dates:") goes on through it,
 * though list items read as furniture: the colon line and the run of lines
 * right under it, with no blank line between them, stay with the article.
 */
function listAfter(features: readonly LineFeatures[], claimed: readonly boolean[], last: number): number {
  let colon = last + 1;
  if (features[last]!.text.endsWith(':')) colon = last;
  const head = features[colon];
  if (!head || claimed[colon] || !head.text.endsWith(':')) return last;
  let end = colon;
  while (
    end + 1 < features.length && end + 1 - colon <= MAX_ANNOUNCED_LIST && !claimed[end + 1] &&
    features[end + 1]!.line.index === features[end]!.line.index + 1 && features[end + 1]!.chars <= MAX_LIST_ITEM
  ) end++;
  return end - colon >= 2 ? end : last;
}

/** Where a region's article ends (a comment or related-stories section), and related insets inside it. */
interface SectionCut {
  tail: { at: number; kind: string; rule: string } | null;
  insets: [number, number][];
}

/** The longest list of teaser links a related inset holds. */
const MAX_INSET = 12;
/** Subheadings that may stand between an inset's closing paragraph and the next sentence, and their length. */
const INSET_HEADINGS = 3;
const MAX_INSET_HEADING = 40;

/**
 * The comment thread and the teaser list below an article read as prose
 * too, so a header, not the line shape, ends the article: the first comment
 * header, or related-stories header, with enough article prose above it. A
 * related header whose list is followed by a paragraph and then another
 * sentence-shaped line (not a teaser headline) is an inset inside the
 * article; only the header and its list go.
 */
function sectionCut(features: readonly LineFeatures[], classes: readonly LineClass[], lower: readonly string[], first: number, last: number): SectionCut {
  const insets: [number, number][] = [];
  // A teaser headline can be dense prose too; a paragraph also ends like a sentence.
  const isParagraph = (i: number) => classes[i] === 'prose' && (features[i]!.terminal || features[i]!.chars > 200);
  // The article goes on after the list: another sentence right away, or after a short subheading
  // ("Club statement") or an embedded post's signature ("— Tottenham Hotspur (@SpursOfficial) November 20, 2019").
  const proseFollows = (j: number) => {
    for (let k = j + 1; k <= Math.min(last, j + INSET_HEADINGS); k++) {
      const f = features[k]!;
      if (f.terminal) return true;
      if (classes[k] === 'debris' || (f.chars > MAX_INSET_HEADING && !f.text.startsWith('—'))) return false;
    }
    return false;
  };
  let prose = 0;
  for (let i = first; i <= last; i++) {
    if (prose >= MIN_PROSE_ABOVE_COMMENTS) {
      if (isCommentHeader(features[i]!.text)) return { tail: { at: i, kind: 'comments', rule: 'comment-section' }, insets };
      if (isRelatedHeaderLine(features[i]!, lower)) {
        let j = i + 1;
        while (j <= last && j - i <= MAX_INSET && !isParagraph(j)) j++;
        if (j >= last || !isParagraph(j) || !proseFollows(j)) return { tail: { at: i, kind: 'related', rule: 'related-section' }, insets };
        insets.push([i, j]);
        i = j - 1;
        continue;
      }
    }
    if (classes[i] === 'prose') prose += features[i]!.chars;
  }
  return { tail: null, insets };
}

/**
 * Whether the line is a related-stories header. A line squash leaves as it
 * is has its lower case in the page's shared view, and a longer line than a
 * header needs none: no toLowerCase per line.
 */
function isRelatedHeaderLine(f: LineFeatures, lower: readonly string[]): boolean {
  if (f.chars > MAX_RELATED_HEADER) return false;
  return isRelatedHeaderCased(f.text, f.text === f.line.text ? lower[f.line.index]! : f.text.toLowerCase());
}

/** What the run builder needs to know about the page. */
interface RunContext {
  text: string;
  features: readonly LineFeatures[];
  /** Lines left to other detectors (the title and its repeats), 1 by feature index. */
  keep: Uint8Array;
  /** Lines earlier findings mostly cover: each gets a finding of its own, so no run spans them. */
  claimed: readonly boolean[];
}

const REASONS: Record<string, string> = {
  'page-head': 'Unexpected page furniture before the article, remove it',
  'page-gap': 'Unexpected page furniture between parts of the article, remove it',
  'page-tail': 'Unexpected page furniture after the article, remove it',
  'comment-section': 'Unexpected comment section, remove it',
  'related-section': 'Unexpected list of related stories, remove it',
  'related-inset': 'Unexpected related-stories inset in the article, remove it',
  'page-repeat': 'Unexpected second copy of a line of the article, remove it',
};

/** One finding per run of lines in [a, b) outside `keep`; claimed lines stand alone. */
function runs(ctx: RunContext, a: number, b: number, kind: string, rule: string): Finding[] {
  const { text, features, keep, claimed } = ctx;
  const out: Finding[] = [];
  let i = a;
  while (i < b) {
    if (keep[i]) {
      i++;
      continue;
    }
    let j = i;
    if (!claimed[i]) while (j + 1 < b && !keep[j + 1] && !claimed[j + 1]) j++;
    const start = contentStart(features[i]!.line);
    const end = contentEnd(features[j]!.line);
    out.push({ kind, rule, start, end, text: text.slice(start, end), reason: REASONS[rule]! });
    i = j + 1;
  }
  return out;
}

/** Lines that earlier findings cover for the most part; one sweep over sorted spans. */
function claimedLines(features: readonly LineFeatures[], findings: DetectorContext['findings']): boolean[] {
  const spans = [...findings].sort((x, y) => x.start - y.start);
  const out: boolean[] = [];
  let k = 0;
  for (const f of features) {
    const { start, end } = f.line;
    while (k < spans.length && spans[k]!.end <= start) k++;
    let covered = 0;
    for (let j = k; j < spans.length && spans[j]!.start < end; j++) {
      covered += Math.min(end, spans[j]!.end) - Math.max(start, spans[j]!.start);
    }
    // A line no finding touches is not claimed (a feature line always keeps a character through trim).
    out.push(covered > 0 && covered * 2 >= f.line.text.trim().length);
  }
  return out;
}

/** The page-furniture detector for the default pipeline; it runs after the debris detectors. */
export const pageFurnitureDetector: Detector = {
  id: 'page-furniture',
  rules: ['page-head', 'page-gap', 'page-tail', 'headline-repeat', 'comment-section', 'related-section', 'related-inset', 'page-repeat'],
  detect: detectPageFurniture,
};
