#!/usr/bin/env node
// cleanText against the parse it is built on: MB/s of cleanText(text) and of
// a bare unified().use(retextEnglish).parse(text) over the same texts, the
// benchmark's 181 naive page dumps (1.7 MB). Target: cleanText at 0.7× the
// bare parse or better. Rounds alternate between the two so that machine
// noise hits both alike; each figure is the best round.
//
//   npm run build && node bench/text.bench.mjs [--rounds 5]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { cleanText } from 'decruft';

const TARGET = 0.7;
const roundsAt = process.argv.indexOf('--rounds');
const ROUNDS = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : 5;
const dir = join(import.meta.dirname, 'data', 'article-extraction-benchmark', 'textdump');
const texts = readdirSync(dir).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
const megabytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;

const parser = unified().use(retextEnglish);
const contenders = {
  'bare unified().use(retextEnglish).parse()': (t) => parser.parse(t),
  'decruft cleanText()': (t) => cleanText(t),
};

const best = Object.fromEntries(Object.keys(contenders).map((k) => [k, Infinity]));
for (const fn of Object.values(contenders)) for (const t of texts) fn(t); // warm-up: JIT and lazy tables
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, fn] of Object.entries(contenders)) {
    const started = performance.now();
    for (const t of texts) fn(t);
    best[name] = Math.min(best[name], (performance.now() - started) / 1000);
  }
}

const bare = megabytes / best['bare unified().use(retextEnglish).parse()'];
const clean = megabytes / best['decruft cleanText()'];
console.log(`${texts.length} texts, ${megabytes.toFixed(2)} MB, best of ${ROUNDS} rounds\n`);
console.log('| contender | MB/s | vs bare parse |');
console.log('|---|---|---|');
console.log(`| bare unified().use(retextEnglish).parse() | ${bare.toFixed(2)} | 1.00× |`);
console.log(`| decruft cleanText() | ${clean.toFixed(2)} | ${(clean / bare).toFixed(2)}× |`);
console.log(`\ntarget cleanText ≥ ${TARGET}× bare parse: ${clean / bare >= TARGET ? 'met' : 'MISSED'}`);
