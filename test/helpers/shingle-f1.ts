/**
 * Shingle F1 as the public article-extraction benchmark computes it: tokens
 * are maximal runs of Unicode letters, digits and "_"; shingles are token
 * 4-grams (a text of fewer tokens is one shingle); per page the multiset
 * overlap gives tp/fp/fn normalised to sum 1; precision is the mean over
 * pages with tp+fp > 0, recall over pages with tp+fn > 0; a page with
 * fp = fn = 0 scores 1; F1 comes from the two means.
 */
const TOKEN = /[\p{L}\p{N}_]+/gu;
const SEP = '\u0000';

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  const stop = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < stop; i++) {
    const slice = tokens.slice(i, i + n);
    if (slice.length === 0) continue;
    const key = slice.join(SEP);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Normalised [tp, fp, fn] of one page. */
export function pageCounts(truth: string, predicted: string): [number, number, number] {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, tc] of t) {
    const pc = p.get(k) ?? 0;
    tp += Math.min(tc, pc);
    if (tc > pc) fn += tc - pc;
  }
  for (const [k, pc] of p) {
    const tc = t.get(k) ?? 0;
    if (pc > tc) fp += pc - tc;
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [tp, fp, fn];
}

/** Precision, recall and F1 over pages. */
export function shingleF1(pages: readonly { truth: string; predicted: string }[]): { f1: number; precision: number; recall: number } {
  const ps: number[] = [];
  const rs: number[] = [];
  for (const { truth, predicted } of pages) {
    const [tp, fp, fn] = pageCounts(truth, predicted);
    const perfect = fp === 0 && fn === 0;
    if (tp + fp > 0) ps.push(perfect ? 1 : tp / (tp + fp));
    if (tp + fn > 0) rs.push(perfect ? 1 : tp / (tp + fn));
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const precision = mean(ps);
  const recall = mean(rs);
  return { f1: (2 * precision * recall) / (precision + recall), precision, recall };
}
