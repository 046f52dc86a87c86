#!/usr/bin/env node
// HTML throughput on the 181 pages of the article-extraction benchmark:
// cleanHtml against bare cheerio (load + body text, no cleaning) and against
// @mozilla/readability on jsdom, the extractor people use today. Prints pages/s
// and the ratios; targets: cleanHtml at least 0.5x bare cheerio and 5x Readability.
// Run after `npm run build`: node bench/html.bench.mjs [--readability-pages N]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { cleanHtml } from '../dist/index.js';

const DIR = join(import.meta.dirname, 'data/article-extraction-benchmark/html');
const arg = process.argv.indexOf('--readability-pages');
// Readability runs about 6 pages/s here; a third of the pages keeps the bench under a minute.
const READABILITY_PAGES = arg > 0 ? Number(process.argv[arg + 1]) : 60;

const pages = readdirSync(DIR).sort().map((f) => gunzipSync(readFileSync(join(DIR, f))).toString('utf8'));
const megabytes = (list) => list.reduce((s, p) => s + Buffer.byteLength(p), 0) / 1e6;

/** Pages per second of `fn` over `list`, after a warm-up on the first pages. */
function pagesPerSecond(list, fn) {
  for (const page of list.slice(0, 10)) fn(page);
  const t0 = performance.now();
  for (const page of list) fn(page);
  return list.length / ((performance.now() - t0) / 1000);
}

const results = [];
results.push(['bare cheerio: load + body text', pagesPerSecond(pages, (html) => load(html)('body').text()), pages.length]);
results.push(['decruft cleanHtml', pagesPerSecond(pages, (html) => cleanHtml(html)), pages.length]);

try {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const { Readability } = await import('@mozilla/readability');
  const quiet = new VirtualConsole();
  const subset = pages.slice(0, READABILITY_PAGES);
  const rps = pagesPerSecond(subset, (html) => new Readability(new JSDOM(html, { virtualConsole: quiet }).window.document).parse());
  results.push(['@mozilla/readability + jsdom', rps, subset.length]);
} catch (error) {
  console.log(`(readability skipped: ${error.message})`);
}

const ours = results[1][1];
console.log(`HTML throughput, ${pages.length} pages, ${megabytes(pages).toFixed(1)} MB`);
console.log('| extractor | pages | pages/s | cleanHtml is |');
console.log('|---|---:|---:|---:|');
for (const [name, pps, n] of results) {
  const ratio = name.startsWith('decruft') ? '—' : `${(ours / pps).toFixed(2)}×`;
  console.log(`| ${name} | ${n} | ${pps.toFixed(1)} | ${ratio} |`);
}
const cheerioRatio = ours / results[0][1];
const readability = results.find(([name]) => name.startsWith('@mozilla'));
const readabilityRatio = readability ? ours / readability[1] : Infinity;
const ok = cheerioRatio >= 0.5 && readabilityRatio >= 5;
console.log(`targets: ≥ 0.5× bare cheerio (${cheerioRatio.toFixed(2)}×), ≥ 5× Readability (${readabilityRatio.toFixed(2)}×): ${ok ? 'met' : 'NOT met'}`);
if (!ok) process.exitCode = 1;
