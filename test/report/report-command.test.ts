import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runReportCommand } from '../../src/cli/report-command.js';
import type { ReportData } from '../../src/report/types.js';

const dir = mkdtempSync(join(tmpdir(), 'decruft-report-cli-'));
let stderr: string[];

function blobOf(html: string): ReportData {
  const open = 'id="report-data">';
  const from = html.indexOf(open) + open.length;
  return JSON.parse(html.slice(from, html.indexOf('</script>', from)));
}

beforeEach(() => {
  stderr = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (stderr.push(String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('decruft report', () => {
  it('reports a folder of .txt files, named by file, skipping other files', async () => {
    const out = join(dir, 'seeds.html');
    expect(await runReportCommand(['test/fixtures/seeds', '-o', out])).toBe(0);
    const data = blobOf(readFileSync(out, 'utf8'));
    expect(data.docs.map((d) => d.id)).toEqual([
      '000_46ef61ed26724e20.txt', '001_cb0a8d303033b8e8.txt', '002_8e2467f2d915b4f4.txt', '003_608b93be90488e49.txt', '004_350fd7090a145e14.txt',
    ]);
    expect(data.docs[1]!.text).toBe(readFileSync('test/fixtures/seeds/001_cb0a8d303033b8e8.txt', 'utf8'));
    expect(stderr.join('')).toContain(`5 documents → ${out}`);
  });

  it('reads JSONL records by --text-field and --id-field, skipping records without text', async () => {
    const seed = readFileSync('test/fixtures/seeds/001_cb0a8d303033b8e8.txt', 'utf8');
    const input = join(dir, 'records.jsonl');
    writeFileSync(input, [JSON.stringify({ key: 'a', body: seed }), '', JSON.stringify({ key: 'b' }), 'not json', JSON.stringify({ body: 'Short body text.' })].join('\n'));
    const out = join(dir, 'records.html');
    expect(await runReportCommand([input, '--text-field', 'body', '--id-field', 'key', '--output', out, '--title', 'Corpus audit'])).toBe(0);
    const data = blobOf(readFileSync(out, 'utf8'));
    expect(data.title).toBe('Corpus audit');
    expect(data.docs.map((d) => d.id)).toEqual(['a', 'records.jsonl:5']);
    expect(data.docs[0]!.r.map(([k]) => data.kinds[k]!.name)).toContain('read-more');
    expect(stderr.join('')).toContain('skipped records.jsonl:3: no string field "body" or "html"');
    expect(stderr.join('')).toContain('skipped records.jsonl:4: not valid JSON');
  });

  it('cleans HTML files and JSONL HTML records with cleanHtml, showing the page text offsets refer to', async () => {
    const page = '<html><head><title>Storm hits coast</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>' +
      '<article><h1>Storm hits coast</h1><p>Rain fell all night on the coast, and the wind tore roofs from houses in three towns.</p></article></body></html>';
    writeFileSync(join(dir, 'page.html'), page);
    writeFileSync(join(dir, 'pages.jsonl'), JSON.stringify({ id: 'p1', html: page, url: 'https://example.org/storm' }) + '\n');
    const out = join(dir, 'html.html');
    expect(await runReportCommand([join(dir, 'page.html'), join(dir, 'pages.jsonl'), '-o', out])).toBe(0);
    const data = blobOf(readFileSync(out, 'utf8'));
    expect(data.docs.map((d) => [d.id, d.from])).toEqual([['page.html', 'html'], ['p1', 'html']]);
    expect(data.docs[0]!.text).not.toContain('<');
    expect(data.docs[0]!.text).toContain('Rain fell all night');
    expect(data.docs[1]!.url).toBe('https://example.org/storm');
  });

  it('stops at --limit', async () => {
    const out = join(dir, 'limit.html');
    expect(await runReportCommand(['examples/data', '-o', out, '--limit', '2'])).toBe(0);
    expect(blobOf(readFileSync(out, 'utf8')).docs).toHaveLength(2);
  });

  it('exits 2 with the usage on a wrong command line', async () => {
    expect(await runReportCommand(['examples/data'])).toBe(2);
    expect(stderr.join('')).toMatch(/no output given: pass -o report.html[\s\S]*Usage: decruft report/);
    expect(await runReportCommand(['examples/data', '-o', 'x.html', '--focus', 'max'])).toBe(2);
    expect(await runReportCommand(['-o', 'x.html'])).toBe(2);
  });

  it('exits 1 when an input is missing', async () => {
    expect(await runReportCommand([join(dir, 'missing.txt'), '-o', join(dir, 'never.html')])).toBe(1);
    expect(stderr.join('')).toMatch(/ENOENT/);
  });
});
