// Sentence segmentation throughput: `splitSentences` next to a bare
// retext-english parse of the same text, in one run.
//
//   node bench/sentences.bench.mjs          (after `npm run build`)
//   DECRUFT_ENTRY=path/to/index.js node bench/sentences.bench.mjs
//
// The text is ~3 MB of English news copy and segmentation edge cases, built
// from the repository's fixtures: the seed articles and the Golden Rules,
// assembled into ~20 kB articles. Two rows:
//   articles  every article parsed on its own, as callers do (this isolates
//             the cost of decruft's corrections on top of the parse);
//   one text  a 256 kB string in one call: retext-english's cost grows with
//             the square of the input length, splitSentences parses long texts
//             in pieces cut at blank lines.
// Runs alternate between the two contenders; the table shows the best and the
// median of the runs, and the ratio (bare time / splitSentences time; ≥ 0.8
// is the target).
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unified } from 'unified';
import retextEnglish from 'retext-english';

const TARGET = 0.8;
const root = resolve(fileURLToPath(import.meta.url), '../..');
const entry = process.env.DECRUFT_ENTRY ? resolve(process.env.DECRUFT_ENTRY) : resolve(root, 'dist/index.js');
const { splitSentences } = await import(pathToFileURL(entry).href);

const fixtures = resolve(root, 'test/fixtures');
const seedDir = resolve(fixtures, 'seeds');
const seeds = readdirSync(seedDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(resolve(seedDir, name), 'utf8'));
const rules = JSON.parse(readFileSync(resolve(fixtures, 'golden-rules-en.json'), 'utf8')).map((rule) => rule.text);

/** One ~20 kB article: seed articles, then a block of edge cases, as paragraphs. */
function article(index) {
  const parts = [];
  for (let i = 0; i < seeds.length; i++) parts.push(seeds[(i + index) % seeds.length]);
  parts.push(rules.slice(index % 8, (index % 8) + 40).join(' '));
  return parts.join('\n\n');
}

const articles = [];
let total = 0;
while (total < 3_000_000) {
  const text = article(articles.length);
  articles.push(text);
  total += text.length;
}
let oneText = '';
for (let i = 0; oneText.length < 256_000; i++) oneText += articles[i % articles.length] + '\n\n';

const bare = unified().use(retextEnglish);

function time(run) {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function measure(label, texts, runs) {
  const chars = texts.reduce((sum, text) => sum + text.length, 0);
  const parse = [];
  const split = [];
  for (const text of texts.slice(0, 20)) {
    bare.parse(text);
    splitSentences(text);
  }
  for (let run = 0; run < runs; run++) {
    parse.push(time(() => { for (const text of texts) bare.parse(text); }));
    split.push(time(() => { for (const text of texts) splitSentences(text); }));
  }
  const best = (list) => Math.min(...list);
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  const rate = (ms) => (chars / 1e6 / (ms / 1000)).toFixed(2);
  return {
    label,
    size: `${(chars / 1e6).toFixed(2)} MB`,
    bareBest: rate(best(parse)),
    splitBest: rate(best(split)),
    ratioBest: (best(parse) / best(split)).toFixed(2),
    ratioMedian: (median(parse) / median(split)).toFixed(2),
  };
}

const rows = [measure(`articles (${articles.length})`, articles, 5), measure('one text', [oneText], 3)];

const header = ['text', 'size', 'bare parse MB/s', 'splitSentences MB/s', 'ratio (best)', 'ratio (median)'];
const lines = rows.map((row) => [row.label, row.size, row.bareBest, row.splitBest, row.ratioBest, row.ratioMedian]);
const widths = header.map((cell, i) => Math.max(cell.length, ...lines.map((line) => line[i].length)));
const format = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ');
console.log('sentences: splitSentences vs bare unified().use(retextEnglish).parse()');
console.log(format(header));
for (const line of lines) console.log(format(line));
const ratio = Number(rows[0].ratioBest);
console.log(`sentences: ratio ${rows[0].ratioBest} (articles, best of 5; target ≥ ${TARGET.toFixed(2)})`);
if (ratio < TARGET) {
  console.error(`sentences: splitSentences is below ${TARGET}× the bare parse`);
  process.exitCode = 1;
}
