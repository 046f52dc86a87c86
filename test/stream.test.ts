import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { cleanStream, cleanText } from '../src/index.js';
import { cleanHtml } from '../src/html.js';

const seedDir = join(import.meta.dirname, 'fixtures', 'seeds');
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((id) => ({ id, text: readFileSync(join(seedDir, id), 'utf8') }));

async function collect<T>(docs: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const d of docs) out.push(d);
  return out;
}

async function* slowly<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) {
    await new Promise((r) => setTimeout(r, 1));
    yield item;
  }
}

describe('cleanStream', () => {
  it('cleans records in order, keeping each id as `id`, exactly as cleanText does', async () => {
    const docs = await collect(cleanStream(slowly(seeds)));
    expect(docs).toEqual(seeds.map((s) => ({ id: s.id, ...cleanText(s.text) })));
    expect(Object.keys(docs[0]!)[0]).toBe('id');
  });

  it('takes bare strings and plain arrays, and passes options through', async () => {
    const [doc] = await collect(cleanStream([seeds[1]!.text], { disable: ['read-more'] }));
    expect(doc).toEqual(cleanText(seeds[1]!.text, { disable: ['read-more'] }));
    expect(doc!.id).toBeUndefined();
    expect(doc!.related).toEqual([]);
  });

  it('cleans records with html through cleanHtml, with their url', async () => {
    const dir = join(import.meta.dirname, '..', 'bench', 'data', 'article-extraction-benchmark', 'html');
    const html = gunzipSync(readFileSync(join(dir, readdirSync(dir).sort()[0]!))).toString('utf8');
    const url = 'https://example.com/story';
    const [doc] = await collect(cleanStream([{ id: 7, html, url }]));
    expect(doc).toEqual({ id: 7, ...cleanHtml(html, { url }) });
  });

  it('pulls one item at a time, so a huge source is never read ahead', async () => {
    let pulled = 0;
    function* counting() {
      for (const s of seeds) {
        pulled++;
        yield s.text;
      }
    }
    const it = cleanStream(counting())[Symbol.asyncIterator]();
    await it.next();
    expect(pulled).toBe(1);
    await it.next();
    expect(pulled).toBe(2);
  });

  it('throws on a failing item, naming it, unless onError takes it', async () => {
    const items = [seeds[0]!, { id: 'empty' }, 42 as unknown as string, seeds[2]!];
    await expect(collect(cleanStream(items))).rejects.toThrow('cleanStream: item 1 (id "empty") failed: record has neither a string "text" nor a string "html"');
    const failures: [string, number][] = [];
    const docs = await collect(cleanStream(items, { onError: (error, index) => failures.push([error.message, index]) }));
    expect(docs.map((d) => d.id)).toEqual([seeds[0]!.id, seeds[2]!.id]);
    expect(failures).toEqual([
      ['record has neither a string "text" nor a string "html"', 1],
      ['expected a string or a { id, text | html } record, got number', 2],
    ]);
  });

  it('checks its arguments when called, before any item is read', () => {
    expect(() => cleanStream(42 as never)).toThrow(new TypeError('cleanStream: source must be an iterable or async iterable of strings or { id, text | html } records'));
    expect(() => cleanStream([], { focus: 'hard' as never })).toThrow(RangeError);
    expect(() => cleanStream([], { focus: 'hard' as never })).toThrow(/cleanStream: option "focus"/);
    expect(() => cleanStream([], { onError: 'skip' as never })).toThrow(/option "onError" must be a function/);
  });
});
