import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDetectors } from '../src/index.js';

/** The README's rule table is the users' reference: every rule the pipeline can emit must be in it. */
describe('README', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
  const rules = readme.slice(readme.indexOf('<!-- rules:start -->'), readme.indexOf('<!-- rules:end -->'));

  it('lists every detector id and rule id', () => {
    for (const d of defaultDetectors) {
      expect(rules, d.id).toContain(`\`${d.id}\``);
      for (const rule of d.rules) expect(rules, rule).toContain(`\`${rule}\``);
    }
  });

  it('gives the two commands of a new user', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });
});
