import type { CleanDocument } from '../../src/types.js';

/**
 * The provenance invariant, as a list of violations (empty when it holds):
 * every removal quotes the input at its offsets, every non-space input
 * character lies in a block or a removal, blocks and removals do not
 * overlap, and sentences lie inside their block.
 */
export function provenanceViolations(input: string, doc: CleanDocument): string[] {
  const problems: string[] = [];
  const owner = new Uint8Array(input.length); // 0 free, 1 block, 2 removal
  for (const r of doc.removed) {
    if (input.slice(r.start, r.end) !== r.text) problems.push(`removal ${r.rule} ${r.start}..${r.end} does not quote the input`);
    for (let i = r.start; i < r.end; i++) {
      if (owner[i] === 2) problems.push(`offset ${i} removed twice`);
      owner[i] = 2;
    }
  }
  let previousEnd = 0;
  for (const b of doc.blocks) {
    if (b.start < previousEnd) problems.push(`block at ${b.start} overlaps the previous block`);
    previousEnd = b.end;
    for (let i = b.start; i < b.end; i++) if (owner[i] !== 2) owner[i] = 1;
    for (const s of b.sentences) {
      if (s.start < b.start || s.end > b.end || s.start >= s.end) problems.push(`sentence ${s.start}..${s.end} outside block ${b.start}..${b.end}`);
    }
  }
  for (let i = 0; i < input.length; i++) {
    if (owner[i] === 0 && /\S/.test(input[i]!)) {
      problems.push(`offset ${i} (${JSON.stringify(input.slice(i, i + 20))}) is in no block and no removal`);
      break;
    }
  }
  return problems;
}
