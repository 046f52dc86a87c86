import { describe, expect, it } from 'vitest';
import { cleanText, defaultDetectors, splitSentences, type Detector } from '../src/index.js';
import { readSeed, seedGold } from './helpers/seeds.js';

describe('cleanText API', () => {
  it('gives an empty document for empty input', () => {
    const doc = cleanText('');
    expect(doc).toMatchObject({ title: null, blocks: [], text: '', removed: [], related: [], captions: [] });
    expect(doc.stats).toEqual({ charsIn: 0, charsOut: 0, removedByKind: {}, paragraphs: 0, headings: 0, sentences: 0 });
  });

  it.each([[undefined], [null], [42], [{ text: 'x' }], [['a']], [Buffer.from('abc')]])('refuses %s with a TypeError that says a string is expected', (value) => {
    expect(() => cleanText(value as never)).toThrow(TypeError);
    expect(() => cleanText(value as never)).toThrow(/expected a string/);
    expect(() => splitSentences(value as never)).toThrow(/expected a string/);
  });

  it('refuses binary input and over-long input with a clear error', () => {
    const binary = Array.from({ length: 2000 }, (_, i) => String.fromCharCode(i % 32)).join('');
    expect(() => cleanText(binary)).toThrow(/looks binary/);
    expect(() => cleanText('x'.repeat(101), { maxLength: 100 })).toThrow(/over the limit of 100 \(option "maxLength"\)/);
  });

  it('validates options and names the option', () => {
    expect(() => cleanText('x', { focus: 'everything' as never })).toThrow(/option "focus"/);
    expect(() => cleanText('x', { disable: 'icon-run' as never })).toThrow(/option "disable"/);
    expect(() => cleanText('x', { detectors: [{ id: 'x' } as never] })).toThrow(/option "detectors"/);
    expect(() => cleanText('x', { maxLength: -1 })).toThrow(/option "maxLength"/);
    expect(() => cleanText('x', 'recall' as never)).toThrow(/options must be an object/);
  });

  it('turns a rule off by rule id or detector id', () => {
    const text = readSeed('001_cb0a8d303033b8e8.txt');
    const kinds = (disable: string[]) => new Set(cleanText(text, { disable }).removed.map((r) => r.kind));
    expect(kinds([]).has('read-more')).toBe(true);
    expect(kinds(['read-more-link']).has('read-more')).toBe(false);
    expect(kinds(['icon-run']).has('icon-run')).toBe(false);
    expect(kinds(['headline']).has('title')).toBe(false);
  });

  it('runs a detector of your own, before the headline detector', () => {
    const disclaimer: Detector = {
      id: 'disclaimer',
      rules: ['sponsored-disclaimer'],
      detect: ({ lines }) =>
        lines
          .filter((l) => l.text.startsWith('Sponsored by '))
          .map((l) => ({ kind: 'advertisement', rule: 'sponsored-disclaimer', start: l.start, end: l.end, text: l.text, reason: 'Unexpected sponsor line, remove it' })),
    };
    const doc = cleanText('Sponsored by Acme\n\nKerry calls Lavrov again\n\nThe two spoke on Friday.', { detectors: [disclaimer] });
    expect(doc.removed.map((r) => [r.kind, r.rule])).toEqual([['advertisement', 'sponsored-disclaimer'], ['title', 'headline']]);
    expect(doc.title).toBe('Kerry calls Lavrov again');
  });

  it('tells a custom detector whose finding does not quote the input', () => {
    const broken: Detector = { id: 'broken', rules: ['x'], detect: () => [{ kind: 'x', rule: 'x', start: 0, end: 3, text: 'nope', reason: '' }] };
    expect(() => cleanText('abcdef', { detectors: [broken] })).toThrow(/detector "broken": finding text does not match/);
  });

  it('exposes the default pipeline with stable ids', () => {
    expect(defaultDetectors.map((d) => d.id)).toEqual(expect.arrayContaining(['serialized-blob', 'icon-run', 'player-timer', 'read-more', 'breadcrumb', 'timestamp', 'caption', 'headline', 'dateline']));
  });

  it('is idempotent: cleaning the clean text again removes no debris', () => {
    for (const file of seedGold.map((g) => g.file)) {
      const once = cleanText(readSeed(file));
      const twice = cleanText(once.text);
      expect(twice.removed, file).toEqual([]);
      expect(twice.text, file).toBe(once.text);
    }
  });
});

describe('time budget', () => {
  it('gives a flagged partial result when the budget runs out, never a hang', () => {
    const slow: Detector = {
      id: 'slow',
      rules: [],
      detect: () => {
        const until = performance.now() + 30;
        while (performance.now() < until);
        return [];
      },
    };
    const doc = cleanText(readSeed('001_cb0a8d303033b8e8.txt'), { detectors: [slow], timeBudgetMs: 10 });
    expect(doc.warnings).toEqual([expect.stringMatching(/^time budget of 10 ms ran out; detectors skipped: headline, dateline$/)]);
    expect(doc.blocks.length).toBeGreaterThan(0);
    expect(() => cleanText('x', { timeBudgetMs: 0 })).toThrow(/option "timeBudgetMs"/);
  });
});
