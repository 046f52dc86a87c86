import type { Detector, Finding } from '../types.js';
import { assertString } from '../ingest/assert.js';
import { splitLines } from '../ingest/lines.js';

/**
 * Lines repeated across many documents of a batch (the CCNet / RefinedWeb
 * idea): normalised line hashes, each counted once per document. Plain JSON,
 * so a model learnt once can be saved and reused.
 */
export interface BoilerplateModel {
  format: 'decruft-boilerplate';
  version: 1;
  /** Documents the model was learnt from. */
  documents: number;
  /** A line is boilerplate when at least this many documents hold it. */
  threshold: number;
  /** Hashes of the boilerplate lines, sorted. */
  hashes: string[];
}

/** Options of {@link learnBoilerplate}. */
export interface LearnBoilerplateOptions {
  /** Fewest documents a line must occur in. Default 3. */
  minDocuments?: number;
  /** Smallest share of the batch a line must occur in. Default 0.05. */
  minShare?: number;
}

const DIGITS = /\p{N}+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACES = /\s+/gu;

/**
 * The key a line is counted under: case-folded, digits collapsed to 0 (dates
 * and counters vary), white space squashed, punctuation at the edges dropped.
 * Empty for lines with no letters or digits.
 *
 * @example normaliseLine('  © 2019 Example Media. ') // '0 example media'
 */
export function normaliseLine(line: string): string {
  assertString(line, 'normaliseLine');
  return trimToWords(line.toLowerCase().replace(DIGITS, '0').replace(SPACES, ' '));
}

/** Drop everything before the first and after the last letter or digit (a loop: no regex can backtrack here). */
function trimToWords(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && !WORD_CHAR.test(s[a]!)) a++;
  while (b > a && !WORD_CHAR.test(s[b - 1]!)) b--;
  return s.slice(a, b);
}

/** cyrb53: a fast, well-mixed 53-bit string hash, as a base-36 string. Deterministic across runs and platforms. */
export function hashLine(key: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Learn the lines a batch repeats across documents: each document's distinct
 * normalised lines are counted once, in one pass over the batch with a hash
 * map, and lines held by at least `max(minDocuments, minShare × documents)`
 * documents become the model. Deterministic: the same batch gives the same
 * model whatever its order.
 *
 * @example learnBoilerplate(pages).hashes.length // 42
 */
export function learnBoilerplate(texts: Iterable<string>, options: LearnBoilerplateOptions = {}): BoilerplateModel {
  if (typeof texts === 'string' || texts === null || typeof texts !== 'object' || !(Symbol.iterator in texts)) {
    throw new TypeError('learnBoilerplate: expected an iterable of strings (the texts of a batch)');
  }
  const { minDocuments = 3, minShare = 0.05 } = options;
  if (!Number.isInteger(minDocuments) || minDocuments < 2) throw new RangeError('learnBoilerplate: option "minDocuments" must be an integer of at least 2');
  if (typeof minShare !== 'number' || !(minShare >= 0 && minShare <= 1)) throw new RangeError('learnBoilerplate: option "minShare" must be a number from 0 to 1');
  const counts = new Map<string, number>();
  let documents = 0;
  for (const text of texts) {
    if (typeof text !== 'string') throw new TypeError('learnBoilerplate: every document must be a string');
    documents++;
    const seen = new Set<string>();
    for (const line of splitLines(text)) {
      const key = normaliseLine(line.text);
      if (key !== '') seen.add(hashLine(key));
    }
    for (const h of seen) counts.set(h, (counts.get(h) ?? 0) + 1);
  }
  const threshold = Math.max(minDocuments, Math.ceil(minShare * documents));
  const hashes = [...counts].filter(([, n]) => n >= threshold).map(([h]) => h).sort();
  return { format: 'decruft-boilerplate', version: 1, documents, threshold, hashes };
}

/**
 * Check that a value is a boilerplate model (e.g. one read back from JSON).
 *
 * @example isBoilerplateModel(JSON.parse(saved)) // true
 */
export function isBoilerplateModel(value: unknown): value is BoilerplateModel {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Partial<BoilerplateModel>;
  return m.format === 'decruft-boilerplate' && m.version === 1 && Array.isArray(m.hashes) && m.hashes.every((h) => typeof h === 'string');
}

/**
 * A detector that removes the lines of a text that a boilerplate model
 * knows, with kind `boilerplate` and rule `corpus-repeat`.
 *
 * @example cleanText(page, { boilerplate: learnBoilerplate(pages) }).stats.removedByKind.boilerplate // 12
 */
export function boilerplateDetector(model: BoilerplateModel): Detector {
  const known = new Set(model.hashes);
  return {
    id: 'boilerplate',
    rules: ['corpus-repeat'],
    detect({ text, lines }) {
      const out: Finding[] = [];
      for (const line of lines) {
        const key = normaliseLine(line.text);
        if (key === '' || !known.has(hashLine(key))) continue;
        const start = line.start + (line.text.length - line.text.trimStart().length);
        const end = line.start + line.text.trimEnd().length;
        out.push({ kind: 'boilerplate', rule: 'corpus-repeat', start, end, text: text.slice(start, end), reason: 'Unexpected line repeated across the batch, remove it' });
      }
      return out;
    },
  };
}
