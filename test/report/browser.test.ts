/**
 * The report in a real browser: headless Chromium from Debian's package,
 * driven by playwright-core. Skips (saying so) only where /usr/bin/chromium
 * is missing; `.ci/run` installs it.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { renderReport, cleanText } from '../../src/index.js';
import { gold, goldSpans, seedItems } from './seeds.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`report browser test skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);

/** What the page drew for one removal: the kind and the text of all its pieces. */
interface DrawnRemoval {
  kind: string;
  rule: string;
  text: string;
}

describe.skipIf(!hasChromium)('report in Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'decruft-report-'));
  const items = seedItems();
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    writeFileSync(join(dir, 'seeds.html'), renderReport(items, { title: 'decruft report: sample documents' }));
    context = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1400, height: 1000 } });
    page = await context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(join(dir, 'seeds.html')).href);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  });

  afterAll(async () => {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('draws every removal of every seed with its kind, and every gold removal inside a mark of the gold kind', async () => {
    for (let i = 0; i < items.length; i++) {
      await page.keyboard.press('j');
      const drawn = await page.evaluate((index) => {
        const card = document.querySelectorAll('#docs .card')[index]!;
        const byIndex: Record<string, { kind: string; rule: string; text: string }> = {};
        for (const mark of card.querySelectorAll<HTMLElement>('mark.rm')) {
          const entry = (byIndex[mark.dataset.i!] ??= { kind: mark.dataset.kind!, rule: mark.dataset.rule!, text: '' });
          entry.text += mark.textContent;
        }
        return { current: card.classList.contains('current'), source: card.querySelector('.src')!.textContent, byIndex };
      }, i);
      const { input, doc } = items[i]!;
      expect(drawn.current).toBe(true);
      expect(drawn.source).toBe(input);
      const expected: Record<string, DrawnRemoval> = {};
      doc.removed.forEach((r, n) => (expected[n] = { kind: r.kind, rule: r.rule, text: r.text }));
      expect(drawn.byIndex).toEqual(expected);
      for (const removal of gold[i]!.removed) {
        for (const [start, end] of goldSpans(input, removal)) {
          const n = doc.removed.findIndex((r) => r.start <= start && end <= r.end);
          expect(drawn.byIndex[n]?.kind, `${gold[i]!.file}: "${input.slice(start, end).slice(0, 40)}"`).toBe(removal.kind);
        }
      }
    }
  });

  it('shows the summary with one bar per kind and loads nothing from the network', async () => {
    const kinds = new Set(items.flatMap(({ doc }) => doc.removed.map((r) => r.kind)));
    expect(await page.locator('[data-kind-bar]').count()).toBe(kinds.size);
    expect(requests.every((url) => url.startsWith('file:'))).toBe(true);
  });

  it('filters by kind: other kinds lose their colour and documents without the kind are hidden', async () => {
    const kindIndex = await page.locator('.chip', { hasText: 'read-more' }).getAttribute('data-k');
    await page.locator('.chip', { hasText: 'read-more' }).click();
    const view = await page.evaluate(() => {
      const cards = [...document.querySelectorAll<HTMLElement>('#docs .card')];
      return {
        visible: cards.filter((c) => !c.hidden).map((c) => c.querySelector('h2')!.textContent),
        count: document.getElementById('count')!.textContent,
        marks: [...document.querySelectorAll<HTMLElement>('#docs mark.rm')].map((m) => ({ kind: m.dataset.kind, background: getComputedStyle(m).backgroundColor })),
      };
    });
    const withReadMore = items.filter(({ doc }) => doc.removed.some((r) => r.kind === 'read-more')).map(({ id }) => id);
    expect(kindIndex).not.toBeNull();
    expect(view.visible).toEqual(withReadMore);
    expect(view.count).toBe(`${withReadMore.length} of ${items.length} documents`);
    const transparent = 'rgba(0, 0, 0, 0)';
    expect(view.marks.filter((m) => m.kind === 'read-more').every((m) => m.background !== transparent)).toBe(true);
    expect(view.marks.filter((m) => m.kind !== 'read-more').every((m) => m.background === transparent)).toBe(true);
    expect(view.marks.some((m) => m.kind !== 'read-more')).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('#docs .card:not([hidden])').count()).toBe(items.length);
  });

  it('searches document text', async () => {
    await page.locator('#q').fill('Stoltenberg');
    await expect.poll(() => page.locator('#docs .card:not([hidden]) h2').allTextContents()).toEqual(['001_cb0a8d303033b8e8.txt']);
    const marked = await page.evaluate(() => [...CSS.highlights.get('q')!].map((range) => (range as Range).toString()));
    expect(marked).toEqual(['Stoltenberg']);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect(await page.locator('#docs .card:not([hidden])').count()).toBe(items.length);
  });

  it('takes a screenshot: the summary, then a document with its removals and salvage', async () => {
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.scrollTo(0, 0));
    const top = await page.screenshot();
    for (let i = items.length - 1; i > 1; i--) await page.keyboard.press('k');
    const document = await page.screenshot();
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/report-summary.png', top);
    writeFileSync('test-results/report-document.png', document);
    if (process.env.DECRUFT_UPDATE_SCREENSHOT === '1') writeFileSync('docs/report.png', document);
    expect(top.length).toBeGreaterThan(10_000);
    expect(await page.locator('.card.current h2').textContent()).toBe(items[1]!.id);
  });

  it('never turns document text into markup', async () => {
    const hostile = 'Title <img src=x onerror="window.__pwned=1">\n\n</script><script>window.__pwned=2</script> body text & more.\n';
    writeFileSync(join(dir, 'hostile.html'), renderReport([{ id: '<b>id</b>', input: hostile, doc: cleanText(hostile) }], { title: '<i>t</i>' }));
    const hostilePage = await context.newPage();
    await hostilePage.goto(pathToFileURL(join(dir, 'hostile.html')).href);
    await hostilePage.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    const result = await hostilePage.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
      injected: document.querySelectorAll('#docs img, #docs script, #docs b, h1 i').length,
      source: document.querySelector('#docs .src')!.textContent,
      id: document.querySelector('#docs h2')!.textContent,
    }));
    expect(result).toEqual({ pwned: 0, injected: 0, source: hostile, id: '<b>id</b>' });
    await hostilePage.close();
  });
});
