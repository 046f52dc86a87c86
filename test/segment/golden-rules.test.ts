import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/sentences.js';

interface GoldenRule {
  name: string;
  text: string;
  sentences: string[];
}

const rules: GoldenRule[] = JSON.parse(
  readFileSync(new URL('../fixtures/golden-rules-en.json', import.meta.url), 'utf8'),
);

describe('English Golden Rules', () => {
  it('has the 48 rules', () => {
    expect(rules).toHaveLength(48);
  });

  it.each(rules.map((rule) => [rule.name, rule] as const))('%s', (_name, rule) => {
    expect(splitSentences(rule.text)).toEqual(rule.sentences);
  });
});
