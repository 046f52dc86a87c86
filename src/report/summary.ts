/**
 * The totals at the top of a report: what was removed by kind and by rule,
 * how much of the input stayed, and which documents lost the most. Computed
 * once when the report is built so the page opens without scanning 1,000
 * documents first.
 */
import type { ReportCount, ReportDoc, ReportSummary } from './types.js';

/**
 * Sum removals over all documents. Bars are sorted by count, most first;
 * ties keep first-seen order.
 *
 * @example summarise(docs, 3, 4, 10).charsKept // charsIn - charsRemoved
 */
export function summarise(docs: readonly ReportDoc[], kindCount: number, ruleCount: number, topCount: number): ReportSummary {
  const byKind = emptyCounts(kindCount);
  const byRule = emptyCounts(ruleCount);
  let removals = 0;
  let charsIn = 0;
  let charsRemoved = 0;
  for (const doc of docs) {
    charsIn += doc.text.length;
    charsRemoved += doc.removedChars;
    for (const [kind, rule, start, end] of doc.r) {
      removals++;
      add(byKind[kind]!, end - start);
      add(byRule[rule]!, end - start);
    }
  }
  const top = docs
    .map((doc, i): [number, number] => [i, doc.removedChars])
    .filter(([, chars]) => chars > 0)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, Math.max(0, topCount));
  return {
    documents: docs.length,
    removals,
    charsIn,
    charsRemoved,
    charsKept: charsIn - charsRemoved,
    byKind: byKind.sort((a, b) => b.count - a.count || a.index - b.index),
    byRule: byRule.sort((a, b) => b.count - a.count || a.index - b.index),
    top,
  };
}

function emptyCounts(n: number): ReportCount[] {
  return Array.from({ length: n }, (_, index) => ({ index, count: 0, chars: 0 }));
}

function add(count: ReportCount, chars: number): void {
  count.count++;
  count.chars += chars;
}
