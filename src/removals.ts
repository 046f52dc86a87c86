import type { Finding, RemovedSpan } from './types.js';
import { isSpaceCode } from './ingest/whitespace.js';

/** Removals in input order with no overlaps, and what they salvaged. */
export interface AppliedFindings {
  removed: RemovedSpan[];
  /** The findings that survived (at least partly), in detector order, for salvage. */
  kept: Finding[];
}

/**
 * Apply findings in one step. Earlier findings win where two overlap: the
 * later one keeps only the part nobody claimed, so every removed character is
 * attributed to exactly one rule and no span is recorded twice. Removals start
 * and end on a non-space character.
 *
 * Claiming uses a "next unclaimed offset" forest (union–find with path
 * compression), so the cost stays near-linear in the input however many
 * findings overlap.
 *
 * @example applyFindings(text, findings).removed // sorted, non-overlapping spans
 */
export function applyFindings(text: string, findings: readonly Finding[]): AppliedFindings {
  const n = text.length;
  const owner = new Int32Array(n).fill(-1);
  const next = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) next[i] = i;
  const kept: Finding[] = [];
  for (const f of findings) {
    // White space at a finding's edges is not debris: it stays with the layout, and
    // a finding of nothing but white space (a blank line) records nothing.
    let a = Math.max(0, f.start);
    let b = Math.min(n, f.end);
    while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
    while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
    if (!(b > a)) continue;
    const id = kept.length;
    let claimedAny = false;
    for (let i = findFree(next, a); i < b; i = findFree(next, i + 1)) {
      owner[i] = id;
      next[i] = i + 1;
      claimedAny = true;
    }
    if (claimedAny) kept.push(f);
  }
  const removed: RemovedSpan[] = [];
  for (let i = 0; i < n; ) {
    const id = owner[i]!;
    if (id < 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && owner[j] === id) j++;
    const f = kept[id]!;
    removed.push({ kind: f.kind, rule: f.rule, start: i, end: j, text: text.slice(i, j) });
    i = j;
  }
  return { removed, kept };
}

/** The first unclaimed offset at or after `i` (n when none), compressing the path. */
function findFree(next: Int32Array, i: number): number {
  let root = i;
  while (next[root] !== root) root = next[root]!;
  while (next[i] !== root) {
    const up = next[i]!;
    next[i] = root;
    i = up;
  }
  return root;
}

/**
 * The ranges of [0, length) that no removal covers.
 *
 * @example keptRanges(10, [{ start: 2, end: 4 }]) // [[0, 2], [4, 10]]
 */
export function keptRanges(length: number, removed: readonly { start: number; end: number }[]): [number, number][] {
  const out: [number, number][] = [];
  let cursor = 0;
  for (const r of removed) {
    if (r.start > cursor) out.push([cursor, r.start]);
    cursor = Math.max(cursor, r.end);
  }
  if (cursor < length) out.push([cursor, length]);
  return out;
}
