import type { Detector, Finding, Line } from '../types.js';
import { assertString } from '../ingest/assert.js';
import { contentStart, splitLines } from '../ingest/lines.js';
import { NAV_QUALIFIERS, SECTION_NAMES, TRAIL_SEPARATORS } from '../rules/navigation.js';

/** Breadcrumbs stand above the headline; this many lines is the page head. */
const HEAD_LINES = 12;
const MAX_TRAIL = 120;
const STRONG_SEPARATORS = new Set(['»', '›', '>', '→', '::']);

function isNavWord(step: string): boolean {
  return step.split(/\s+/).every((w) => SECTION_NAMES.has(w) || NAV_QUALIFIERS.has(w));
}

/**
 * Find breadcrumb and section-link lines at the head of a page: a trail of
 * short steps ("Home » World » Europe") or a section link made of
 * navigation words ("All news", "Back to politics"). Only the page head is
 * searched, so a section heading inside the body survives.
 *
 * @example detectBreadcrumbs('All news\n\nTitle')[0].kind // 'breadcrumb'
 */
export function detectBreadcrumbs(text: string, lines: readonly Line[] = splitLines(text)): Finding[] {
  assertString(text, 'detectBreadcrumbs');
  const findings: Finding[] = [];
  let seen = 0;
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (trimmed === '') continue;
    if (++seen > HEAD_LINES) break;
    const rule = isSectionLink(trimmed) ? 'section-link' : isTrail(trimmed) ? 'breadcrumb-trail' : null;
    if (!rule) continue;
    const start = contentStart(line);
    findings.push({ kind: 'breadcrumb', rule, start, end: start + trimmed.length, text: trimmed, reason: 'Unexpected navigation link, remove it' });
  }
  return findings;
}

/** "All news": two to five navigation words including at least one section name. */
function isSectionLink(line: string): boolean {
  // Cheap test first: one word is no link (the line is trimmed, so white space parts words).
  if (!/\s/.test(line)) return false;
  // Six words are enough to say no; splitting a whole long line would not be.
  const words = line.split(/\s+/, 6).map((w) => w.toLowerCase());
  if (words.length < 2 || words.length > 5) return false;
  let sections = 0;
  for (const w of words) {
    if (SECTION_NAMES.has(w)) sections++;
    else if (!NAV_QUALIFIERS.has(w)) return false;
  }
  return sections > 0 && !words.every((w) => SECTION_NAMES.has(w) && w !== 'news');
}

/**
 * "Home » World » Europe": short steps joined by one kind of trail separator.
 * Arrow-like separators need two steps; slashes and bars, which headlines use
 * too ("Syria | RT News"), need three and a navigation word in the first.
 */
function isTrail(line: string): boolean {
  if (line.length > MAX_TRAIL) return false;
  for (const sep of TRAIL_SEPARATORS) {
    // Cheap test first: a line without the separator is one step.
    if (!line.includes(sep)) continue;
    const steps = line.split(sep).map((s) => s.trim());
    const arrow = STRONG_SEPARATORS.has(sep);
    if (steps.length < (arrow ? 2 : 3) || steps.some((s) => s === '' || s.split(/\s+/).length > 4)) continue;
    if (!arrow && !isNavWord(steps[0]!.toLowerCase())) continue;
    const navSteps = steps.filter((s) => s.toLowerCase().split(/\s+/).some((w) => SECTION_NAMES.has(w) || NAV_QUALIFIERS.has(w)));
    if (navSteps.length >= 1 && steps.every((s) => /^[\p{Lu}\p{N}]/u.test(s))) return true;
  }
  return false;
}

/** The breadcrumb detector for the default pipeline. */
export const breadcrumbDetector: Detector = {
  id: 'breadcrumb',
  rules: ['section-link', 'breadcrumb-trail'],
  detect: ({ text, lines }) => detectBreadcrumbs(text, lines),
};
