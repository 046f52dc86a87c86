/**
 * The benchmark's metric, written again for the regression test: tokens are
 * runs of letters, digits and `_`; a text's shingles are its token 4-grams
 * (a shorter text is one shingle); per page, tp/fp/fn from the multiset
 * overlap are normalised to sum to 1; precision and recall are averaged over
 * pages, and F1 is the harmonic mean of the two averages.
 */
const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  const stop = Math.max(1, tokens.length - 3);
  for (let i = 0; i < stop && tokens.length > 0; i++) {
    const key = tokens.slice(i, i + 4).join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Normalised [tp, fp, fn] of one page. */
export function pageCounts(truth: string, pred: string): [number, number, number] {
  const t = shingles(truth);
  const p = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, c] of t) {
    const pc = p.get(k) ?? 0;
    tp += Math.min(c, pc);
    fn += Math.max(0, c - pc);
  }
  for (const [k, c] of p) fp += Math.max(0, c - (t.get(k) ?? 0));
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

/** F1 of the mean precision and mean recall over pages. */
export function shingleF1(pages: ReadonlyArray<{ truth: string; pred: string }>): { f1: number; precision: number; recall: number } {
  const ps: number[] = [];
  const rs: number[] = [];
  for (const { truth, pred } of pages) {
    const [tp, fp, fn] = pageCounts(truth, pred);
    const perfect = fp === 0 && fn === 0;
    if (tp + fp > 0) ps.push(perfect ? 1 : tp / (tp + fp));
    if (tp + fn > 0) rs.push(perfect ? 1 : tp / (tp + fn));
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const precision = mean(ps);
  const recall = mean(rs);
  return { f1: (2 * precision * recall) / (precision + recall), precision, recall };
}
