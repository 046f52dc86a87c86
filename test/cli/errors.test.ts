import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonl, parseLines, run, scratch, seeds } from './helpers.js';

/** Bad input never ends a batch: each bad line becomes an error record in its place. */
describe('decruft CLI: bad lines', () => {
  const [a, b] = seeds();
  const input = [
    JSON.stringify({ id: 'a', text: a!.text }),
    '{"id": "broken", "text": "no closing brace"',
    '[1, 2]',
    JSON.stringify({ id: 'no-text', body: 'x' }),
    JSON.stringify({ id: 'number', text: 42 }),
    JSON.stringify({ id: 'binary', text: '\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f'.repeat(20) }),
    '',
    JSON.stringify({ id: 'b', text: b!.text }),
  ].join('\n');

  it('turns each bad line into {id?, line, error} in place and goes on', async () => {
    const { code, stdout, stderr } = await run(['-j', '1'], { input });
    expect(code).toBe(0);
    const out = parseLines(stdout);
    expect(out).toHaveLength(7);
    expect(out.map((r) => r.id)).toEqual(['a', undefined, undefined, 'no-text', 'number', 'binary', 'b']);
    expect(out[1]).toEqual({ line: 2, error: expect.stringMatching(/^invalid JSON: /) });
    expect(out[2]).toEqual({ line: 3, error: 'expected a JSON object or string, got an array' });
    expect(out[3]).toEqual({ id: 'no-text', line: 4, error: 'record has no "text" field (see --text-field, --html-field)' });
    expect(out[4]).toEqual({ id: 'number', line: 5, error: 'field "text" must be a string, got number' });
    expect(out[5]).toMatchObject({ id: 'binary', line: 6, error: expect.stringMatching(/looks binary/) });
    expect(out[6]!.title).toBeTypeOf('string');
    expect(stderr).toMatch(/7 records \(2 documents, 5 errors\)/);
    expect(stderr).toMatch(/skipped 1 blank line\n/);
  });

  it('stops at the first bad line with --strict, exit code 1', async () => {
    const { code, stdout, stderr } = await run(['--strict', '-j', '2'], { input });
    expect(code).toBe(1);
    const out = parseLines(stdout);
    expect(out.map((r) => r.id ?? r.line)).toEqual(['a', 2]);
    expect(stderr).toMatch(/stopped at the first failing record \(--strict\): \{"line":2,"error":"invalid JSON/);
  });

  it('reports a truncated gzip file where it broke and carries on with the next file', async () => {
    const dir = scratch('corrupt');
    const records = jsonl(seeds().map((s) => ({ id: s.id, text: s.text })));
    const zipped = gzipSync(records);
    writeFileSync(join(dir, 'a.jsonl.gz'), zipped.subarray(0, Math.floor(zipped.length * 0.6)));
    writeFileSync(join(dir, 'b.jsonl'), jsonl([{ id: 'after', text: seeds()[0]!.text }]));
    const { code, stdout } = await run(['-q', '-j', '1', dir]);
    expect(code).toBe(0);
    const out = parseLines(stdout);
    const failure = out.at(-2)!;
    expect(failure).toMatchObject({ file: join(dir, 'a.jsonl.gz'), error: expect.stringMatching(/^cannot read input: /) });
    expect(failure.line).toBe(out.length - 1);
    expect(out.at(-1)!.id).toBe('after');
  });
});
