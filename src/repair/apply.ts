import type { Repair } from '../types.js';

/** Block text with, per character, the input span it came from. */
export interface SpannedText {
  text: string;
  /** Input offset where `text[i]` starts. */
  starts: number[];
  /** Input offset where `text[i]` ends. */
  ends: number[];
}

/**
 * Apply repairs to a block's text. Only repairs whose whole input span lies in
 * the block's text unbroken apply (a removal or a line join inside one leaves
 * it out); replacement characters map to the repaired span, so sentence
 * offsets still point into the input. Returns the new text and the repairs used.
 *
 * @example repairSpanned(spanned, repairs).text // 'It’s'
 */
export function repairSpanned(input: SpannedText, repairs: readonly Repair[]): { spanned: SpannedText; applied: Repair[] } {
  const { text, starts, ends } = input;
  const applied: Repair[] = [];
  if (repairs.length === 0 || text.length === 0) return { spanned: input, applied };
  const out: SpannedText = { text: '', starts: [], ends: [] };
  let r = lowerBound(repairs, starts[0]!);
  let i = 0;
  // Unrepaired stretches are copied whole, not a character at a time.
  const pieces: string[] = [];
  let from = 0;
  while (i < text.length) {
    while (r < repairs.length && repairs[r]!.start < starts[i]!) r++;
    const repair = repairs[r];
    const width = repair && repair.start === starts[i] ? widthOf(text, ends, i, repair) : 0;
    if (repair && width > 0) {
      pieces.push(text.slice(from, i), repair.replacement);
      for (const ch of repair.replacement) {
        for (let k = 0; k < ch.length; k++) {
          out.starts.push(repair.start);
          out.ends.push(repair.end);
        }
      }
      applied.push(repair);
      i += width;
      from = i;
      r++;
      continue;
    }
    out.starts.push(starts[i]!);
    out.ends.push(ends[i]!);
    i++;
  }
  pieces.push(text.slice(from));
  out.text = pieces.join('');
  return { spanned: trimEdges(out), applied };
}

/** How many characters of `text` from `i` spell the repair's input text contiguously, or 0. */
function widthOf(text: string, ends: readonly number[], i: number, repair: Repair): number {
  const n = repair.text.length;
  if (text.slice(i, i + n) !== repair.text || ends[i + n - 1] !== repair.end) return 0;
  return n;
}

/** Removing a character at a block edge can leave edge spaces; the block text stays trimmed. */
function trimEdges(s: SpannedText): SpannedText {
  let a = 0;
  let b = s.text.length;
  while (a < b && s.text[a] === ' ') a++;
  while (b > a && s.text[b - 1] === ' ') b--;
  if (a === 0 && b === s.text.length) return s;
  return { text: s.text.slice(a, b), starts: s.starts.slice(a, b), ends: s.ends.slice(a, b) };
}

/**
 * Whether any repair starts inside [from, to): a block without one keeps its
 * text as it is, and needs no per-character spans.
 */
export function hasRepairIn(repairs: readonly Repair[], from: number, to: number): boolean {
  for (let k = lowerBound(repairs, from); k < repairs.length && repairs[k]!.start < to; k++) {
    if (repairs[k]!.start >= from) return true;
  }
  return false;
}

function lowerBound(repairs: readonly Repair[], offset: number): number {
  let lo = 0;
  let hi = repairs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (repairs[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
