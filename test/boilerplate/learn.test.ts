import { describe, expect, it } from 'vitest';
import { cleanText, isBoilerplateModel, learnBoilerplate, normaliseLine } from '../../src/index.js';

const TOPICS = ['parks', 'schools', 'roads', 'libraries', 'housing', 'transit', 'water', 'police', 'fire service', 'museums'];
const page = (n: number) => [
  `Council budget: what it means for ${TOPICS[n]}`,
  'Follow us on Mastodon and Bluesky for more local updates',
  `The council approved the ${TOPICS[n]} budget after a long debate on Tuesday night, with most members in favour.`,
  `Officials said the ${TOPICS[n]} plan would take effect next spring, pending a final review by the state.`,
  `© 20${10 + n} Riverside Gazette Media Group`,
].join('\n\n');
const batch = Array.from({ length: 10 }, (_, i) => page(i));

describe('learnBoilerplate', () => {
  it('learns the lines the batch repeats, deterministically and order-free', () => {
    const model = learnBoilerplate(batch);
    expect(model).toMatchObject({ format: 'decruft-boilerplate', version: 1, documents: 10, threshold: 3 });
    expect(model.hashes).toHaveLength(2);
    expect(learnBoilerplate([...batch].reverse())).toEqual(model);
    expect(isBoilerplateModel(JSON.parse(JSON.stringify(model)))).toBe(true);
  });

  it('normalises case, digits, spacing and edge punctuation', () => {
    expect(normaliseLine('  © 2019 Riverside   Gazette. ')).toBe(normaliseLine('© 2020 riverside gazette'));
  });

  it('removes the learnt lines as boilerplate and keeps the articles', () => {
    const model = learnBoilerplate(batch);
    const doc = cleanText(page(3), { boilerplate: model });
    expect(doc.removed.filter((r) => r.kind === 'boilerplate').map((r) => r.text)).toEqual(['Follow us on Mastodon and Bluesky for more local updates']);
    expect(doc.text).not.toContain('Mastodon');
    expect(doc.text).toContain('The council approved the libraries budget');
    expect(doc.text).toContain('Officials said the libraries plan');
  });

  it('needs a line in enough documents', () => {
    expect(learnBoilerplate(batch.slice(0, 2)).hashes).toEqual([]);
    expect(learnBoilerplate(batch, { minShare: 1 }).hashes).toHaveLength(2);
    expect(() => learnBoilerplate(batch, { minDocuments: 1 })).toThrow(RangeError);
    expect(() => cleanText('x', { boilerplate: {} as never })).toThrow(/option "boilerplate"/);
  });
});
