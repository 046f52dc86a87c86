/**
 * How long a 1,000-document audit report takes to build and to open.
 *
 * Builds the documents from the seeds and the text dumps of the article
 * extraction benchmark (cycled to 1,000), times cleanText, renderReport and
 * the file size, then, where /usr/bin/chromium exists, times opening the page
 * to its first render (the page's `report-ready` mark), jumping to the last
 * document, and applying a kind filter.
 *
 * Run after `npm run build`: node bench/report.bench.mjs [documents]
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { cleanText, renderReport } from '../dist/index.js';

const COUNT = Number(process.argv[2] ?? 1000);
const RUNS = 5;
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const here = (path) => fileURLToPath(new URL(path, import.meta.url));

function texts() {
  const seeds = here('../test/fixtures/seeds/');
  const dumps = here('./data/article-extraction-benchmark/textdump/');
  const files = [
    ...readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => [f, join(seeds, f)]),
    ...(existsSync(dumps) ? readdirSync(dumps).filter((f) => f.endsWith('.txt')).sort().map((f) => [f, join(dumps, f)]) : []),
  ];
  return files.map(([name, path]) => ({ name, text: readFileSync(path, 'utf8') }));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const ms = (n) => `${n.toFixed(0)} ms`;
const sources = texts();
let t = performance.now();
const items = Array.from({ length: COUNT }, (_, i) => {
  const { name, text } = sources[i % sources.length];
  return { id: `${String(i + 1).padStart(4, '0')} ${name}`, input: text, doc: cleanText(text) };
});
const cleanMs = performance.now() - t;

const renderTimes = [];
let html = '';
for (let run = 0; run < RUNS; run++) {
  t = performance.now();
  html = renderReport(items, { title: `decruft report: ${COUNT} documents` });
  renderTimes.push(performance.now() - t);
}
const dir = mkdtempSync(join(tmpdir(), 'decruft-report-bench-'));
const file = join(dir, 'report.html');
writeFileSync(file, html);
const result = {
  documents: COUNT,
  distinctTexts: Math.min(COUNT, sources.length),
  removals: items.reduce((n, { doc }) => n + doc.removed.length, 0),
  inputChars: items.reduce((n, { input }) => n + input.length, 0),
  cleanTextMs: Math.round(cleanMs),
  renderReportMs: Math.round(median(renderTimes)),
  fileBytes: Buffer.byteLength(html),
};
console.log(`${COUNT} documents (${result.distinctTexts} distinct texts), ${result.removals} removals, ${(result.inputChars / 1e6).toFixed(1)} M input chars`);
console.log(`cleanText, all documents:    ${ms(cleanMs)} (not part of the report)`);
console.log(`renderReport (median of ${RUNS}):  ${ms(result.renderReportMs)}`);
console.log(`report file:                 ${(result.fileBytes / 1e6).toFixed(2)} MB`);

if (existsSync(CHROMIUM)) {
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1400, height: 1000 } });
  const opens = [];
  const readyMarks = [];
  const bootTimes = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await context.newPage();
    t = performance.now();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { polling: 'raf' });
    opens.push(performance.now() - t);
    const marks = await page.evaluate(() => ['report-start', 'report-ready'].map((name) => performance.getEntriesByName(name)[0].startTime));
    readyMarks.push(marks[1]);
    bootTimes.push(marks[1] - marks[0]);
    if (run === RUNS - 1) {
      result.jumpToLastMs = await page.evaluate(() => {
        const start = performance.now();
        const entries = document.querySelectorAll('#list button');
        entries[entries.length - 1].click();
        document.querySelector('#docs .card.current .src').getBoundingClientRect();
        return performance.now() - start;
      });
      result.kindFilterMs = await page.evaluate(() => {
        const start = performance.now();
        document.querySelector('.chip').click();
        document.body.getBoundingClientRect();
        return performance.now() - start;
      });
      result.heapMB = Math.round((await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0)) / 1e6);
    }
    await page.close();
  }
  await context.close();
  result.openToFirstRenderMs = Math.round(median(opens));
  result.readyMarkMs = Math.round(median(readyMarks));
  result.scriptBootMs = Math.round(median(bootTimes));
  console.log(`open to first render (median of ${RUNS}, wall clock from goto): ${ms(result.openToFirstRenderMs)}`);
  console.log(`  page's report-ready mark (from navigation start):     ${ms(result.readyMarkMs)}`);
  console.log(`  of which the page script (parse data, draw shells):  ${ms(result.scriptBootMs)}`);
  console.log(`jump to the last document (click in the list, drawn and laid out): ${ms(result.jumpToLastMs)}; toggle a kind filter: ${ms(result.kindFilterMs)}; JS heap ${result.heapMB} MB`);
} else {
  console.log(`open in browser: skipped, ${CHROMIUM} not found`);
}
rmSync(dir, { recursive: true, force: true });
console.log(JSON.stringify(result));
