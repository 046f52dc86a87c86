#!/usr/bin/env node
// Run every bench/*.bench.mjs, in name order, each in its own process so one
// bench's heap and JIT state cannot colour the next. Builds first (the
// benches measure dist/, as users get it) unless --no-build is given.
//
//   npm run bench                 # build, then every bench
//   npm run bench -- text cli     # only benches whose name contains "text" or "cli"
//   npm run bench -- --no-build   # measure the dist/ that is there
//   npm run bench -- --timeout 900 # seconds a bench may take (default 600)
//
// Exits non-zero when the build or any bench fails (a bench fails when it
// throws or when it exits non-zero, e.g. on a missed target it enforces).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const args = process.argv.slice(2);
const timeoutAt = args.indexOf('--timeout');
const TIMEOUT_S = timeoutAt >= 0 ? Number(args[timeoutAt + 1]) : 600;
const filters = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--timeout');

if (!args.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build', '--silent', '--', '--silent'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('bench: the build failed; nothing measured');
    process.exit(1);
  }
}

const benches = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)))
  .sort();
if (benches.length === 0) {
  console.error(`bench: no bench/*.bench.mjs${filters.length ? ` matching ${filters.join(', ')}` : ''}`);
  process.exit(1);
}

const results = [];
for (const file of benches) {
  console.log(`\n## ${file}\n`);
  const started = performance.now();
  // A bench that hangs (a quadratic case, say) must not hold up the rest: it is stopped and reported.
  const child = spawnSync(process.execPath, [join(here, file)], { cwd: root, stdio: 'inherit', timeout: TIMEOUT_S * 1000 });
  const timedOut = child.error?.code === 'ETIMEDOUT';
  results.push({ file, status: timedOut ? `timed out after ${TIMEOUT_S} s` : (child.status ?? child.signal), seconds: (performance.now() - started) / 1000 });
}

console.log('\n## Summary\n');
console.log('| bench | result | time |');
console.log('|---|---|---|');
for (const r of results) console.log(`| ${r.file} | ${r.status === 0 ? 'ok' : `failed: ${r.status}`} | ${r.seconds.toFixed(1)} s |`);
process.exitCode = results.every((r) => r.status === 0) ? 0 : 1;
