import { describe, expect, it } from 'vitest';
import { detectReadMore } from '../../src/index.js';
import { readSeed } from '../helpers/seeds.js';

const run = (text: string) => detectReadMore(text);

describe('detectReadMore', () => {
  it('finds both READ MORE lines of seed 001 and salvages their titles', () => {
    const found = run(readSeed('001_cb0a8d303033b8e8.txt'));
    expect(found.map((f) => f.salvage?.related?.[0]?.title)).toEqual([
      "US airstrikes on Syrian troops were 'intentional,' lasted nearly 1 hour – Assad to AP",
      'NATO won’t speculate on who struck aid convoy in Syria – Stoltenberg to RT',
    ]);
    expect(found[0]).toMatchObject({ kind: 'read-more', rule: 'read-more-link' });
  });

  it('knows other labels and languages', () => {
    expect(run('Also read: Kremlin says talks will go on')).toHaveLength(1);
    expect(run('RELATED | Turkey ready to work with Iran')).toHaveLength(1);
    expect(run('Lire aussi : La Russie envoie des avions')).toHaveLength(1);
    expect(run('Read more')[0]?.rule).toBe('read-more-button');
    expect(run('Continue reading…')[0]?.rule).toBe('read-more-button');
  });

  it('keeps sentences that start with the same words', () => {
    for (const prose of [
      'Read more about the plan in our guide to the ceasefire.',
      'More than 100 people were injured in the attack.',
      'Related talks in Geneva will resume next week, the ministry said.',
      'Watch: the ceasefire is holding, he said, and the convoys are moving again through the corridor that was agreed in Geneva last week by both sides after long talks.',
    ]) expect(run(prose), prose).toEqual([]);
  });
});
