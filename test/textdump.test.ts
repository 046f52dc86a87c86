import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/index.js';
import { pageCounts, shingleF1 } from './helpers/shingle-f1.js';

const DATA = join(import.meta.dirname, '../bench/data/article-extraction-benchmark');
const truth = JSON.parse(readFileSync(join(DATA, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
const ids = Object.keys(truth).sort();
const pages = ids.map((id) => ({ id, text: readFileSync(join(DATA, 'textdump', `${id}.txt`), 'utf8'), truth: truth[id]!.articleBody }));

/** Floors pinned just below what the cleaner reaches; raise them when it improves, never lower them quietly. */
const FLOOR = {
  balanced: { f1: 0.925, precision: 0.92, recall: 0.93 },
  precision: { recall: 0.935 },
  recall: { precision: 0.92 },
};

function score(focus: 'precision' | 'balanced' | 'recall') {
  return shingleF1(pages.map((p) => ({ truth: p.truth, predicted: cleanText(p.text, { focus }).text })));
}

describe('whole-page text dumps (181 pages of the article-extraction benchmark)', () => {
  it('scores shingle F1 above the pinned floor with the default focus', () => {
    const s = score('balanced');
    expect(s.f1).toBeGreaterThanOrEqual(FLOOR.balanced.f1);
    expect(s.precision).toBeGreaterThanOrEqual(FLOOR.balanced.precision);
    expect(s.recall).toBeGreaterThanOrEqual(FLOOR.balanced.recall);
  });

  it('trades precision for recall with focus', () => {
    const precision = score('precision');
    const recall = score('recall');
    const balanced = score('balanced');
    expect(precision.recall).toBeGreaterThanOrEqual(FLOOR.precision.recall);
    expect(recall.precision).toBeGreaterThanOrEqual(FLOOR.recall.precision);
    expect(precision.recall).toBeGreaterThanOrEqual(balanced.recall);
    expect(recall.precision).toBeGreaterThanOrEqual(balanced.precision);
  });

  it('never returns an empty body for a page with an article', () => {
    for (const p of pages) expect(cleanText(p.text).text.length, p.id).toBeGreaterThan(0);
  });

  it('keeps every removal quoting the input and every character accounted for', () => {
    for (const p of pages.slice(0, 40)) {
      const doc = cleanText(p.text);
      for (const r of doc.removed) expect(p.text.slice(r.start, r.end)).toBe(r.text);
      for (const r of doc.repairs) expect(p.text.slice(r.start, r.end)).toBe(r.text);
      const covered = new Uint8Array(p.text.length);
      for (const s of [...doc.removed, ...doc.blocks]) covered.fill(1, s.start, s.end);
      for (let i = 0; i < p.text.length; i++) if (!covered[i] && /\S/.test(p.text[i]!)) throw new Error(`${p.id}: offset ${i} unaccounted`);
    }
  });

  it('computes the metric as the benchmark does', () => {
    expect(pageCounts('a b c d', 'a b c d')).toEqual([1, 0, 0]);
    expect(pageCounts('a b c d e', '')).toEqual([0, 0, 1]);
    expect(shingleF1([{ truth: 'one two three four', predicted: 'one two three four' }]).f1).toBe(1);
  });
});
