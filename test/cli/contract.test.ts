import { describe, expect, it } from 'vitest';
import { gunzipSync, gzipSync } from 'node:zlib';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanText } from '../../src/index.js';
import { cleanHtml } from '../../src/html.js';
import { htmlDir, jsonl, parseLines, root, run, scratch, seeds } from './helpers.js';

/** The stdin/stdout contract: one document line per record, in order, nothing else on stdout. */
describe('decruft CLI: stdin to stdout', () => {
  const records = seeds().map((s, i) => ({ id: s.id, text: s.text, lang: 'en', rank: i }));

  it('writes one document per JSONL record, in order, with its id and the kept fields', async () => {
    const { code, stdout, stderr } = await run(['--keep', 'lang', '--workers', '1'], { input: jsonl(records) });
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toEqual(records.map((r) => JSON.stringify({ id: r.id, lang: 'en', ...cleanText(r.text) })));
    expect(stderr).toMatch(/5 records \(5 documents, 0 errors\)/);
    expect(stderr).toMatch(/removed: .*title 5/);
  });

  it('reads other field names, bare JSON strings, and whole text from stdin', async () => {
    const renamed = jsonl(records.map((r) => ({ doc_id: r.id, body: r.text })));
    const byName = await run(['--id-field', 'doc_id', '--text-field', 'body', '-q'], { input: renamed });
    expect(parseLines(byName.stdout).map((d) => d.id)).toEqual(records.map((r) => r.id));
    expect(byName.stderr).toBe('');

    const bare = await run(['-q', '-j', '0'], { input: jsonl([records[1]!.text]) });
    expect(bare.stdout).toBe(`${JSON.stringify(cleanText(records[1]!.text))}\n`);

    const whole = await run(['--format', 'text', '-q', '-j', '0'], { input: records[2]!.text });
    expect(parseLines(whole.stdout)).toEqual([{ id: 'stdin', ...cleanText(records[2]!.text) }]);
  });

  it('cleans a folder of .txt files, naming each document after its file', async () => {
    const { code, stdout } = await run([join(root, 'examples', 'data'), '-q', '-j', '1']);
    expect(code).toBe(0);
    const docs = parseLines(stdout);
    expect(docs.map((d) => d.id)).toEqual(readdirSync(join(root, 'examples', 'data')).sort());
    expect(docs[3]!.title).toBe('Moscow backs UN initiative on al-Nusra’s withdrawal from east Aleppo');
  });

  it('reads gzip (by its magic bytes, also on stdin) and writes gzip', async () => {
    const plain = await run(['-q', '-j', '0'], { input: jsonl(records) });
    const zipped = await run(['-q', '-j', '0'], { input: gzipSync(jsonl(records)) });
    expect(zipped.stdout).toBe(plain.stdout);
    const dir = scratch('gzip');
    const input = join(dir, 'in.jsonl.gz');
    writeFileSync(input, gzipSync(jsonl(records)));
    const out = join(dir, 'out.jsonl.gz');
    const toFile = await run(['-q', '-j', '0', '--output', out, input]);
    expect(toFile.stdout).toBe('');
    expect(gunzipSync(readFileSync(out)).toString('utf8')).toBe(plain.stdout);
    const toStdout = await run(['-q', '-j', '0', '--gzip', input]);
    expect(gunzipSync(toStdout.bytes).toString('utf8')).toBe(plain.stdout);
  });

  it('writes every removed span to --removals, located by id and line', async () => {
    const dir = scratch('removals');
    const removals = join(dir, 'removed.jsonl');
    await run(['-q', '-j', '0', '--removals', removals], { input: jsonl(records) });
    const spans = parseLines(readFileSync(removals, 'utf8'));
    const expected = records.flatMap((r, i) => cleanText(r.text).removed.map((s) => ({ id: r.id, line: i + 1, ...s })));
    expect(spans).toEqual(expected);
  });

  it('cleans .html files and --html-field records with cleanHtml', async () => {
    const file = join(htmlDir, readdirSync(htmlDir).sort()[0]!);
    const html = gunzipSync(readFileSync(file)).toString('utf8');
    const fromFile = await run(['-q', '-j', '0', file]);
    expect(parseLines(fromFile.stdout)).toEqual([{ id: file.split('/').pop(), ...cleanHtml(html) }]);
    const url = 'https://example.com/story';
    const fromField = await run(['-q', '-j', '0', '--html-field', 'html'], { input: jsonl([{ id: 'p', url, html }, { id: 't', text: records[0]!.text }]) });
    const docs = parseLines(fromField.stdout);
    expect(docs[0]).toEqual({ id: 'p', ...cleanHtml(html, { url }) });
    expect(docs[1]).toEqual({ id: 't', ...cleanText(records[0]!.text) });
  });

  it('refuses a bad command line with exit code 2 before reading anything', async () => {
    for (const args of [['--workers', 'many'], ['--keep', 'title'], ['--shard-index', '1', '--shard-count', '2'], ['--focus', 'hard'], ['--removals', 'r.jsonl', '--out-dir', 'out'], ['--bogus']]) {
      const { code, stdout, stderr } = await run(args, { input: jsonl(records) });
      expect(code, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^decruft: .*\nRun "decruft --help"/);
    }
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: decruft/);
  });
});
