import { describe, expect, it } from 'vitest';
import { detectBreadcrumbs } from '../../src/index.js';

const run = (text: string) => detectBreadcrumbs(text);

describe('detectBreadcrumbs', () => {
  it.each([
    ['All news', 'section-link'],
    ['Latest stories', 'section-link'],
    ['Home » World » Europe', 'breadcrumb-trail'],
    ['Home / News / Middle East', 'breadcrumb-trail'],
    ['News › Politics', 'breadcrumb-trail'],
  ])('finds %s at the head of a page', (line, rule) => {
    const [f] = run(`${line}\n\nMoscow backs UN initiative on Aleppo\n\nBody text.`);
    expect(f).toMatchObject({ kind: 'breadcrumb', rule, text: line, start: 0 });
  });

  it('keeps headlines and lines deep in the body', () => {
    for (const text of [
      'Syria | RT News',
      'US / Russia talks collapse',
      'Middle East',
      'Moscow backs UN initiative on al-Nusra’s withdrawal from east Aleppo',
      `${'Paragraph.\n'.repeat(20)}All news`,
    ]) expect(run(text), text).toEqual([]);
  });
});
