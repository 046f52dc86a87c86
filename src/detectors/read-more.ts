import type { Detector, Finding, Line } from '../types.js';
import { assertString } from '../ingest/assert.js';
import { contentStart, splitLines } from '../ingest/lines.js';
import { BARE_READ_MORE_LABELS, READ_MORE_LABELS } from '../rules/read-more-labels.js';
import { isSpaceCode, squash, trimTrailing } from '../ingest/whitespace.js';
import { labelStartTest } from '../ingest/label-start.js';

const LABELS = new Set<string>(READ_MORE_LABELS);
const BARE = new Set<string>(BARE_READ_MORE_LABELS);
const LONGEST_LABEL = Math.max(...READ_MORE_LABELS.map((l) => l.length));
/** The first three characters of every label: a line that starts otherwise needs no search. */
const LABEL_STARTS = new Set<string>(READ_MORE_LABELS.map((l) => squash(l).slice(0, 3)));
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
  const head = lower.slice(0, 3);
  if (head.length === 3 && !hasSpace(head) && !LABEL_STARTS.has(head)) return null;
  for (let cut = Math.min(LONGEST_LABEL, line.length); cut >= 3; cut--) {
    if (cut < line.length && isWordCharAt(line, cut)) continue;
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

/** Whether `s[i]` is a letter or a digit; an ASCII character, as most are, is told by its code. */
function isWordCharAt(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}]/u.test(s[i]!);
}

function hasSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isSpaceCode(s.charCodeAt(i))) return true;
  return false;
}

/** The read-more detector for the default pipeline. */
export const readMoreDetector: Detector = {
  id: 'read-more',
  rules: ['read-more-link', 'read-more-button'],
  detect: ({ text, lines }) => detectReadMore(text, lines),
};
