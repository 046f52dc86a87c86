import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/index.js';
import { norm, readSeed, seedGold } from './helpers/seeds.js';
import { provenanceViolations } from './helpers/provenance.js';

/**
 * The five seed documents against their gold outcome, line by line: the
 * fixture corpus that guards the whole pipeline.
 */
describe.each(seedGold)('seed $file', (gold) => {
  const input = readSeed(gold.file);
  const doc = cleanText(input);
  const lines = input.split('\n');
  const lineStart = (n: number) => lines.slice(0, n - 1).reduce((s, l) => s + l.length + 1, 0);
  const paragraphs = doc.blocks.filter((b) => b.type === 'paragraph');

  it('has the gold metadata', () => {
    expect(norm(doc.title)).toBe(norm(gold.title));
    if ('subtitle' in gold) expect(norm(doc.subtitle)).toBe(norm(gold.subtitle));
    expect(doc.published).toBe(gold.published);
    if (gold.dateline) {
      expect(doc.dateline).toMatchObject({ place: gold.dateline.place, agency: gold.dateline.agency, raw: gold.dateline.raw });
      if (gold.dateline.date) expect(doc.dateline?.date).toBe(gold.dateline.date);
    } else {
      expect(doc.dateline).toBeNull();
    }
  });

  it('has the gold headings and paragraphs', () => {
    expect(doc.blocks.filter((b) => b.type === 'heading').map((b) => b.text)).toEqual(gold.headings.map(norm));
    expect(paragraphs).toHaveLength(gold.paragraphs);
    expect(paragraphs[0]!.text.startsWith(norm(gold.firstParagraphStartsWith))).toBe(true);
    expect(paragraphs.at(-1)!.text.endsWith(norm(gold.lastParagraphEndsWith))).toBe(true);
    for (const p of paragraphs) expect(p.sentences.length).toBeGreaterThan(0);
    // Block text is normalised: no leading no-break spaces survive (seed 000).
    for (const b of doc.blocks) expect(b.text).toBe(norm(b.text));
  });

  it('removes every gold line with its kind', () => {
    for (const r of gold.removed) {
      if ('prefix' in r) {
        const hit = doc.removed.find((x) => x.kind === r.kind && norm(x.text) === norm(r.prefix));
        expect(hit, `${r.kind} "${r.prefix}"`).toBeDefined();
        expect(hit!.start).toBe(lineStart(r.line));
        continue;
      }
      for (let n = r.lines[0]; n <= r.lines[1]; n++) {
        const a = lineStart(n);
        for (let i = a; i < a + lines[n - 1]!.length; i++) {
          if (/\s/.test(input[i]!)) continue;
          const by = doc.removed.find((x) => x.start <= i && i < x.end);
          expect(by?.kind, `line ${n} offset ${i}`).toBe(r.kind);
        }
      }
    }
  });

  it('removes nothing else', () => {
    const goldKinds = new Set(gold.removed.map((r) => r.kind));
    for (const x of doc.removed) expect(goldKinds.has(x.kind), `${x.kind}: ${x.text.slice(0, 60)}`).toBe(true);
  });

  it('salvages what the debris held', () => {
    const related = gold.salvaged?.related ?? [];
    expect(doc.related.map((x) => x.title)).toEqual(related.map((x) => x.title));
    for (const [i, x] of related.entries()) if (x.id) expect(doc.related[i]).toMatchObject({ id: x.id, image: x.image });
    expect(doc.captions).toEqual(gold.salvaged?.captions ?? []);
  });

  it('accounts for every character', () => {
    expect(provenanceViolations(input, doc)).toEqual([]);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});
