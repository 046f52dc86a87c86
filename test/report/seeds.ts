/** The seed documents as report items, with their gold outcome, for the report tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanText } from '../../src/index.js';
import type { ReportItem } from '../../src/index.js';

const SEEDS = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));

/** One gold removal: whole lines, or a line's prefix, that must leave with `kind`. */
export interface GoldRemoval {
  kind: string;
  lines?: [number, number];
  line?: number;
  prefix?: string;
}

interface GoldDocument {
  file: string;
  removed: GoldRemoval[];
}

/** The gold outcome of every seed, in file order. */
export const gold: GoldDocument[] = JSON.parse(readFileSync(`${SEEDS}expected.json`, 'utf8')).documents;

/** Each seed cleaned with cleanText, named by its file. */
export function seedItems(): Array<ReportItem & { input: string; id: string }> {
  return gold.map(({ file }) => {
    const input = readFileSync(`${SEEDS}${file}`, 'utf8');
    return { id: file, input, doc: cleanText(input) };
  });
}

/**
 * The input spans a gold removal names: each non-blank whole line, or the
 * line's prefix, without white space at the edges (removals start and end on
 * a non-space character).
 */
export function goldSpans(input: string, removal: GoldRemoval): Array<[number, number]> {
  return rawGoldSpans(input, removal).map(([a, b]) => {
    while (a < b && /\s/.test(input[a]!)) a++;
    while (b > a && /\s/.test(input[b - 1]!)) b--;
    return [a, b];
  });
}

function rawGoldSpans(input: string, removal: GoldRemoval): Array<[number, number]> {
  const starts = [0];
  for (let i = input.indexOf('\n'); i >= 0; i = input.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineSpan = (n: number): [number, number] => [starts[n - 1]!, (starts[n] ?? input.length + 1) - 1];
  if (removal.prefix !== undefined) {
    const [start] = lineSpan(removal.line!);
    return [[start, start + removal.prefix.length]];
  }
  const [from, to] = removal.lines ?? [removal.line!, removal.line!];
  const spans: Array<[number, number]> = [];
  for (let n = from; n <= to; n++) {
    const span = lineSpan(n);
    if (input.slice(...span).trim() !== '') spans.push(span);
  }
  return spans;
}
