import type { Block, Line, RemovedSpan } from '../types.js';
import type { Repair } from '../types.js';
import { hasRepairIn, repairSpanned } from '../repair/apply.js';
import { keptRanges } from '../removals.js';
import { isBlank, normaliseRanges } from '../ingest/whitespace.js';
import { looksLikeHeading } from './headings.js';
import { segmentSentences } from './sentences.js';

interface ContentLine {
  line: Line;
  pieces: [number, number][];
  /** Squashed text of the kept pieces, for the joining decision. */
  text: string;
}

/**
 * The body's blocks: what no removal covers, one block per line, except that
 * a line continuing the previous one (no sentence end before, a lower-case
 * start after) joins it, so hard-wrapped text stays one paragraph. A short
 * title-like block between paragraphs is a heading. Repairs (offsets into
 * the input) rewrite block text only and are collected into `applied`.
 *
 * @example buildBlocks(text, splitLines(text), removed)[0].type // 'paragraph'
 */
export function buildBlocks(text: string, lines: readonly Line[], removed: readonly RemovedSpan[], repairs: readonly Repair[] = [], applied: Repair[] = []): Block[] {
  const groups = groupLines(contentLines(text, lines, removed));
  const blocks: Block[] = [];
  for (const group of groups) {
    const mapped = normaliseRanges(text, group.flatMap((c) => c.pieces));
    if (mapped.text.length === 0) continue;
    const { offsets } = mapped;
    const last = mapped.text.length - 1;
    // Without a repair every character maps to the one input character it is;
    // repairs change the block text only, and each character keeps the input span it came from.
    let spanned: { text: string; startOf: (i: number) => number; endOf: (i: number) => number };
    if (!hasRepairIn(repairs, offsets[0]!, offsets[last]! + 1)) {
      spanned = { text: mapped.text, startOf: (i) => offsets[i]!, endOf: (i) => offsets[i]! + 1 };
    } else {
      const starts = Array.from(offsets.subarray(0, mapped.text.length));
      const repaired = repairSpanned({ text: mapped.text, starts, ends: starts.map((o) => o + 1) }, repairs);
      applied.push(...repaired.applied);
      const { starts: from, ends: to } = repaired.spanned;
      spanned = { text: repaired.spanned.text, startOf: (i) => from[i]!, endOf: (i) => to[i]! };
    }
    if (spanned.text.length === 0) continue;
    const sentences = segmentSentences(spanned.text).map((s) => ({ text: s.text, start: spanned.startOf(s.start), end: spanned.endOf(s.end - 1) }));
    blocks.push({ type: 'paragraph', text: spanned.text, start: spanned.startOf(0), end: spanned.endOf(spanned.text.length - 1), sentences });
  }
  markHeadings(blocks);
  return blocks;
}

/** Lines with their kept pieces, for lines that keep anything but white space. */
function contentLines(text: string, lines: readonly Line[], removed: readonly RemovedSpan[]): ContentLine[] {
  const kept = keptRanges(text.length, removed);
  const out: ContentLine[] = [];
  let k = 0;
  for (const line of lines) {
    while (k < kept.length && kept[k]![1] <= line.start) k++;
    const pieces: [number, number][] = [];
    for (let j = k; j < kept.length && kept[j]![0] < line.end; j++) {
      const a = Math.max(kept[j]![0], line.start);
      const b = Math.min(kept[j]![1], line.end);
      if (b > a && !isBlank(text.slice(a, b))) pieces.push([a, b]);
    }
    if (pieces.length > 0) out.push({ line, pieces, text: pieces.map(([a, b]) => text.slice(a, b).trim()).join(' ') });
  }
  return out;
}

function groupLines(lines: ContentLine[]): ContentLine[][] {
  const groups: ContentLine[][] = [];
  let previous: ContentLine | undefined;
  for (const current of lines) {
    const group = groups[groups.length - 1];
    if (group && previous && continues(previous, current)) group.push(current);
    else groups.push([current]);
    previous = current;
  }
  return groups;
}

/** A line continues the previous one when they are adjacent and the first stops mid-sentence. */
function continues(previous: ContentLine, current: ContentLine): boolean {
  if (current.line.index !== previous.line.index + 1) return false;
  const end = previous.text[previous.text.length - 1] ?? '';
  if (/[.!?:;"”’»)\]…]/.test(end)) return false;
  const first = current.text[0] ?? '';
  return first !== first.toUpperCase() && first === first.toLowerCase() ? true : false;
}

/** Title-like blocks with a paragraph before and after become headings. */
function markHeadings(blocks: Block[]): void {
  for (let i = 1; i < blocks.length - 1; i++) {
    const block = blocks[i]!;
    if (!looksLikeHeading(block.text)) continue;
    const before = blocks[i - 1]!;
    const after = blocks[i + 1]!;
    if (before.type === 'paragraph' && !looksLikeHeading(before.text) && !looksLikeHeading(after.text)) {
      block.type = 'heading';
    }
  }
}
