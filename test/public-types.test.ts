import { describe, expect, it } from 'vitest';
import * as decruft from '../src/index.js';

/**
 * Every public function that takes text refuses anything else with a
 * TypeError that says a string is expected; the few that take other shapes
 * (documents, batches, iterables) refuse wrong ones with a TypeError too.
 */
const TEXT_FUNCTIONS = [
  'cleanText', 'cleanHtml', 'splitSentences', 'segmentSentences', 'splitLines', 'parseDateLine', 'readDateline',
  'detectSerializedBlobs', 'detectIconRuns', 'detectPlayerTimers', 'detectReadMore', 'detectBreadcrumbs',
  'detectTimestamps', 'detectCaptions', 'renderPage', 'findRepairs', 'normaliseLine',
  'detectBylines', 'detectAuthorBios', 'detectCodeLeaks', 'detectTeasers',
] as const;

describe('public functions refuse wrong input types', () => {
  const exported = decruft as unknown as Record<string, unknown>;

  it.each(TEXT_FUNCTIONS)('%s says a string is expected', (name) => {
    const fn = exported[name] as (...args: unknown[]) => unknown;
    expect(typeof fn).toBe('function');
    for (const bad of [undefined, null, 42, {}, ['text']]) {
      expect(() => fn(bad), `${name}(${JSON.stringify(bad)})`).toThrow(TypeError);
      expect(() => fn(bad)).toThrow(/string/);
    }
  });

  it('renderReport, learnBoilerplate and cleanStream refuse wrong shapes with a TypeError', async () => {
    expect(() => decruft.renderReport('not items' as never)).toThrow(TypeError);
    expect(() => decruft.learnBoilerplate('not texts' as never)).toThrow(TypeError);
    await expect(async () => {
      for await (const _ of decruft.cleanStream(42 as never)) void _;
    }).rejects.toThrow(TypeError);
  });

  it('covers every exported function', () => {
    const others = ['cleanStream', 'renderReport', 'learnBoilerplate', 'buildDocument', 'applyFindings', 'detectHeadline', 'detectDateline',
      'detectPageDebris', 'detectCommentAuthors', 'detectPageFurniture', 'isRelatedHeader', 'isCommentHeader', 'isBoilerplateModel',
      'boilerplateDetector', 'retextDecruftSentences'];
    const functions = Object.entries(exported).filter(([, v]) => typeof v === 'function').map(([k]) => k);
    const unlisted = functions.filter((f) => !(TEXT_FUNCTIONS as readonly string[]).includes(f) && !others.includes(f));
    expect(unlisted).toEqual([]);
  });
});
