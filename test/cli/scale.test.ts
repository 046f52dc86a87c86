import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dumps, jsonl, parseLines, run, scratch, start, writeParts } from './helpers.js';

/**
 * Workers and shards change how fast, never what: the same input gives the
 * same bytes for any worker count, any sharding, and after a killed shard is
 * rerun. Input: 48 of the benchmark's naive page dumps (480 kB, eight
 * batches), as JSONL.
 */
const records = dumps().slice(0, 48).map((d) => ({ id: d.id, text: d.text }));
const input = jsonl(records);

const partFiles = (dir: string) => readdirSync(dir).filter((f) => /^part-\d{5}-of-\d{5}\.jsonl$/.test(f)).sort();

describe('decruft CLI: workers and shards', () => {
  it('writes the same bytes with 0, 1 and 2 workers', async () => {
    const [zero, one, two] = await Promise.all([run(['-q', '-j', '0'], { input }), run(['-q', '-j', '1'], { input }), run(['-q', '-j', '2'], { input })]);
    expect(one.code).toBe(0);
    expect(parseLines(one.stdout)).toHaveLength(records.length);
    expect(two.stdout === one.stdout).toBe(true);
    expect(zero.stdout === one.stdout).toBe(true);
  });

  it('gives, over 4 shards concatenated, the bytes of one process', async () => {
    const dir = scratch('shards');
    const inputs = join(dir, 'in');
    const out = join(dir, 'out');
    mkdirSync(inputs);
    writeParts(inputs, records, 4);
    const single = await run(['-q', '-j', '1', inputs]);
    const shards = await Promise.all([0, 1, 2, 3].map((i) => run(['-q', '-j', '1', '--out-dir', out, '--shard-index', String(i), '--shard-count', '4', inputs])));
    expect(shards.map((s) => s.code)).toEqual([0, 0, 0, 0]);
    const parts = partFiles(out);
    expect(parts).toEqual([0, 1, 2, 3].map((i) => `part-0000${i}-of-00004.jsonl`));
    expect(parts.map((p) => readFileSync(join(out, p), 'utf8')).join('') === single.stdout).toBe(true);

    for (const p of parts) {
      const base = join(out, p.replace(/\.jsonl$/, ''));
      const stats = JSON.parse(readFileSync(`${base}.stats.json`, 'utf8')) as { records: number; removedByKind: Record<string, number> };
      const removals = parseLines(readFileSync(`${base}.removals.jsonl`, 'utf8'));
      expect(removals.length).toBe(Object.values(stats.removedByKind).reduce((a, b) => a + b, 0));
      expect(existsSync(`${base}.done`)).toBe(true);
    }

    // A rerun skips finished shards; AWS Batch's array variables pick the same shard as the flags.
    const before = statSync(join(out, parts[2]!)).mtimeMs;
    const again = await run(['-j', '1', '--out-dir', out, inputs], { env: { AWS_BATCH_JOB_ARRAY_INDEX: '2', AWS_BATCH_JOB_ARRAY_SIZE: '4' } });
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/part-00002-of-00004 is done already/);
    expect(statSync(join(out, parts[2]!)).mtimeMs).toBe(before);

    // A done-marker from other settings is not silently reused.
    const clash = await run(['-q', '--focus', 'recall', '--out-dir', out, '--shard-index', '0', '--shard-count', '4', inputs]);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toMatch(/other inputs or settings/);
  });

  it('gives the same result when a shard killed mid-run is run again', async () => {
    const dir = scratch('resume');
    const inputs = join(dir, 'in');
    const out = join(dir, 'out');
    mkdirSync(inputs);
    // Two copies of the corpus, so the kill lands well inside the run.
    writeParts(inputs, [...records, ...records], 2);
    const args = ['-q', '-j', '1', '--out-dir', out, inputs];
    const partial = join(out, 'part-00000-of-00001.jsonl.partial');

    const doomed = start(args);
    await waitFor(() => existsSync(partial) && statSync(partial).size > 0, 20_000);
    doomed.child.kill('SIGKILL');
    const killed = await doomed.done;
    expect(killed.code).toBe(null);
    expect(existsSync(join(out, 'part-00000-of-00001.done'))).toBe(false);
    expect(existsSync(join(out, 'part-00000-of-00001.jsonl'))).toBe(false);

    const [resumed, reference] = await Promise.all([run(args), run(['-q', '-j', '1', inputs])]);
    expect(resumed.code).toBe(0);
    const output = readFileSync(join(out, 'part-00000-of-00001.jsonl'), 'utf8');
    expect(output.split('\n').length - 1).toBe(records.length * 2);
    expect(output === reference.stdout).toBe(true);
    expect(existsSync(join(out, 'part-00000-of-00001.done'))).toBe(true);
  });
});

async function waitFor(condition: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out waiting for the shard to start writing');
    await new Promise((r) => setTimeout(r, 20));
  }
}
