#!/usr/bin/env node
// Linear time on adversarial input: each default detector and the whole
// pipeline (cleanText, and cleanHtml where built) on hostile shapes at n and
// 4n characters. Four times the input may cost about four times the time; the
// script flags any ratio over 5 and exits non-zero when one is found. Times
// under a few milliseconds are compared against a floor, since timer noise and
// GC pauses dominate there.
// Run after `npm run build`: npm run bench:linear (or node bench/linear-time.mjs --n 100000)
import * as decruft from '../dist/index.js';

const { splitLines, defaultDetectors, cleanText, cleanHtml } = decruft;

const argN = process.argv.indexOf('--n');
const N = argN > 0 ? Number(process.argv[argN + 1]) : 100_000;
const LIMIT = 5;

/** Each shape builds a text of about `n` characters. */
const shapes = {
  'glued icon tokens, no spaces': (n) => 'bookmarkicon'.repeat(Math.ceil(n / 12)),
  'spaced icon tokens': (n) => 'fbicon '.repeat(Math.ceil(n / 7)),
  'unterminated var_dump, huge declared length': (n) => `string(999999999) "[{"title":"${'x'.repeat(n)}`,
  'var_dump headers without end': (n) => 'string(9) "'.repeat(Math.ceil(n / 11)),
  'thousands of timer lines': (n) => '0:00\n23:13\n'.repeat(Math.ceil(n / 11)),
  '100,000 nested brackets': (n) => '['.repeat(n),
  'nested JSON objects': (n) => '{"a":'.repeat(Math.ceil(n / 5)),
  'nested PHP arrays': (n) => 'a:1:{i:0;'.repeat(Math.ceil(n / 9)),
  'one long line of words': (n) => 'word '.repeat(Math.ceil(n / 5)),
  'nothing but no-break spaces': (n) => '\u00a0'.repeat(n),
  'lone surrogates': (n) => '\ud800 \udc00'.repeat(Math.ceil(n / 3)),
  'endless READ MORE lines': (n) => 'READ MORE: Another story about Aleppo\n'.repeat(Math.ceil(n / 38)),
  'storm of quote marks': (n) => '"“”‘’\''.repeat(Math.ceil(n / 6)),
  'storm of full stops': (n) => 'U.S. '.repeat(Math.ceil(n / 5)),
  'many one-character lines': (n) => 'a\n'.repeat(Math.ceil(n / 2)),
  'caption-like credits': (n) => 'Photo: A/B C/D '.repeat(Math.ceil(n / 15)),
  'date-like tokens': (n) => '24 Sep, 2016 01:53 '.repeat(Math.ceil(n / 19)),
};

const htmlShapes = {
  '100,000 nested divs': (n) => '<div>'.repeat(Math.ceil(n / 5)) + 'text',
  'unclosed paragraphs': (n) => '<p>word '.repeat(Math.ceil(n / 8)),
  'binary-ish junk in markup': (n) => '<b>\u0001\u0002</i>&#x0;<'.repeat(Math.ceil(n / 20)),
};

function time(fn) {
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    try { fn(); } catch { /* a clear error is an answer too; its time counts */ }
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const rows = [];
function measure(shape, small, large, subject, run, prepare = (x) => x) {
  const inputs = [prepare(small), prepare(large)];
  try { run(inputs[0]); } catch { /* warm-up; a clear error is timed below like any answer */ }
  const a = time(() => run(inputs[0])), b = time(() => run(inputs[1]));
  // Below a few milliseconds, timer noise and GC pauses dominate; compare against a floor.
  const ratio = Math.max(b, FLOOR_MS) / Math.max(a, FLOOR_MS / 4);
  rows.push({ shape, subject, n: small.length, msN: a, ms4N: b, ratio });
}
const FLOOR_MS = 8;

const context = (text) => ({ text, lines: splitLines(text), findings: [], focus: 'balanced' });
for (const [shape, build] of Object.entries(shapes)) {
  const small = build(N), large = build(4 * N);
  measure(shape, small, large, 'splitLines', (text) => splitLines(text));
  for (const d of defaultDetectors) measure(shape, small, large, d.id, (ctx) => d.detect(ctx), context);
  measure(shape, small, large, 'cleanText', (text) => cleanText(text));
}
if (typeof cleanHtml === 'function') {
  for (const [shape, build] of Object.entries(htmlShapes)) measure(shape, build(N), build(4 * N), 'cleanHtml', (html) => cleanHtml(html));
}

const worst = [...rows].sort((x, y) => y.ratio - x.ratio);
console.log(`linear time: n = ${N} characters, best of 5 runs`);
console.log('shape'.padEnd(46) + 'subject'.padEnd(18) + 'n ms'.padStart(10) + '4n ms'.padStart(10) + 'ratio'.padStart(8));
for (const r of worst.filter((r) => r.subject === 'cleanText' || r.subject === 'cleanHtml' || r.ratio > 4.5)) {
  console.log(r.shape.padEnd(46) + r.subject.padEnd(18) + r.msN.toFixed(1).padStart(10) + r.ms4N.toFixed(1).padStart(10) + r.ratio.toFixed(2).padStart(8));
}
const top = worst[0];
const bad = rows.filter((r) => r.ratio > LIMIT);
console.log(`${rows.length} measurements; worst n→4n time ratio ${top.ratio.toFixed(2)} (${top.subject} on ${top.shape}); ${bad.length} over ${LIMIT}`);
process.exitCode = bad.length > 0 ? 1 : 0;
