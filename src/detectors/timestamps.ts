import type { Detector, Finding, Line } from '../types.js';
import { assertString } from '../ingest/assert.js';
import { contentStart, splitLines } from '../ingest/lines.js';
import { parsePureDateLine } from '../parse/dates.js';

/** A timestamp line is short; a long line with a date in it is prose. */
const MAX_LINE = 100;

/**
 * Find lines that hold only a date or time ("24 Sep, 2016 01:53", "Sat Oct
 * 1, 2016 14:27:12", "Published: 2016-09-24T01:53Z", "Updated 3 hours ago")
 * and salvage the first full date as the publication date. A sentence that
 * mentions a date survives: every word of the line must belong to the date.
 *
 * @example detectTimestamps('24 Sep, 2016 01:53')[0].salvage.published // '2016-09-24T01:53'
 */
export function detectTimestamps(text: string, lines: readonly Line[] = splitLines(text)): Finding[] {
  assertString(text, 'detectTimestamps');
  const findings: Finding[] = [];
  // Most lines hold no digit: one search of the page finds the next digit, so such lines cost no test of their own.
  const digits = /\d/g;
  let nextDigit = -1;
  for (const line of lines) {
    if (nextDigit < line.start) {
      digits.lastIndex = line.start;
      nextDigit = digits.exec(text)?.index ?? text.length;
    }
    if (nextDigit >= line.end) continue;
    // Trimming keeps every digit, so the trimmed line holds one too.
    const trimmed = line.text.trim();
    if (trimmed.length > MAX_LINE) continue;
    const parsed = parsePureDateLine(trimmed);
    if (!parsed) continue;
    const start = contentStart(line);
    const f: Finding = {
      kind: 'timestamp',
      rule: parsed.relative ? 'relative-timestamp' : 'timestamp-line',
      start,
      end: start + trimmed.length,
      text: trimmed,
      reason: 'Unexpected timestamp line, remove it and keep the date',
    };
    if (parsed.iso) f.salvage = { published: parsed.iso };
    findings.push(f);
  }
  return findings;
}

/** The timestamp detector for the default pipeline. */
export const timestampDetector: Detector = {
  id: 'timestamp',
  rules: ['timestamp-line', 'relative-timestamp'],
  detect: ({ text, lines }) => detectTimestamps(text, lines),
};
