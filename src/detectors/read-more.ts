import type { Detector, Finding, Line } from '../types.js';
import { assertString } from '../ingest/assert.js';
import { contentStart, splitLines } from '../ingest/lines.js';
import { BARE_READ_MORE_LABELS, READ_MORE_LABELS } from '../rules/read-more-labels.js';
import { squash, trimTrailing } from '../ingest/whitespace.js';
import { isLetterOrNumber } from '../ingest/words.js';
import { labelStartTest } from '../ingest/label-start.js';

const LABELS = new Set<string>(READ_MORE_LABELS);
const BARE = new Set<string>(BARE_READ_MORE_LABELS);
const LONGEST_LABEL = Math.max(...READ_MORE_LABELS.map((l) => l.length));
/** Cheap test first: nearly every line opens with words no label opens with. */
const mayStartWithLabel = labelStartTest([...READ_MORE_LABELS, ...BARE_READ_MORE_LABELS]);
/** A linked title is a headline, not a paragraph. */
const MAX_TITLE = 220;
const LONG_HEADLINE = 120;
/** What may stand between a label and its title. */
const SEPARATORS = new Set([':', '|', '»', '›', '>', '–', '—', '-', '→']);

/**
 * Find "READ MORE: <title>" lines (and "Also read", "See also", "Related:",
 * and their forms in other languages) and salvage the linked title. The label
 * must be followed by a separator and a headline-length title, or stand alone,
 * so a sentence such as "Read more about the plan in our guide." survives.
 *
 * @example detectReadMore('READ MORE: NATO won’t speculate')[0].salvage.related[0].title // 'NATO won’t speculate'
 */
export function detectReadMore(text: string, lines: readonly Line[] = splitLines(text)): Finding[] {
  assertString(text, 'detectReadMore');
  const findings: Finding[] = [];
  for (const line of lines) {
    if (!mayStartWithLabel(text, line.start, line.end)) continue;
    const trimmed = line.text.trim();
    if (trimmed === '' || trimmed.length > LONGEST_LABEL + MAX_TITLE) continue;
    const start = contentStart(line);
    const end = start + trimmed.length;
    const lower = trimmed.toLowerCase();
    const bare = trimTrailing(squash(lower), '.:…»›> ');
    if (BARE.has(bare)) {
      findings.push({ kind: 'read-more', rule: 'read-more-button', start, end, text: trimmed, reason: 'Unexpected "read more" button text, remove it' });
      continue;
    }
    const title = titleAfterLabel(trimmed, lower);
    if (title === null) continue;
    findings.push({
      kind: 'read-more',
      rule: 'read-more-link',
      start,
      end,
      text: trimmed,
      reason: 'Unexpected link to another article, remove it and keep its title',
      salvage: { related: [{ title }] },
    });
  }
  return findings;
}

/** The title after a known label and a separator, or null when the line is not a read-more link. */
function titleAfterLabel(line: string, lower: string): string | null {
  for (let cut = Math.min(LONGEST_LABEL, line.length); cut >= 3; cut--) {
    if (cut < line.length && isLetterOrNumber(line.charCodeAt(cut))) continue;
    if (!LABELS.has(squash(lower.slice(0, cut)))) continue;
    let i = cut;
    while (i < line.length && line[i] === ' ') i++;
    if (!SEPARATORS.has(line[i] ?? '')) continue;
    i++;
    const title = line.slice(i).trim();
    if (title.length < 3 || title.length > MAX_TITLE) return null;
    // A headline does not run on as a long sentence with a full stop.
    if (title.length > LONG_HEADLINE && title.endsWith('.')) return null;
    return title;
  }
  return null;
}

/** The read-more detector for the default pipeline. */
export const readMoreDetector: Detector = {
  id: 'read-more',
  rules: ['read-more-link', 'read-more-button'],
  detect: ({ text, lines }) => detectReadMore(text, lines),
};
