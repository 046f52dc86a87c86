import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The article-extraction benchmark copied into the repo (MIT, see bench/data/README.md). */
const DIR = join(import.meta.dirname, '../../bench/data/article-extraction-benchmark');

/** Ids of the benchmark pages, sorted. */
export function pageIds(): string[] {
  return readdirSync(join(DIR, 'html')).map((f) => f.replace('.html.gz', '')).sort();
}

/** One benchmark page's HTML; `prefix` may be the start of its id. */
export function readPage(prefix: string): string {
  const id = pageIds().find((x) => x.startsWith(prefix));
  if (!id) throw new Error(`no benchmark page ${prefix}`);
  return gunzipSync(readFileSync(join(DIR, 'html', `${id}.html.gz`))).toString('utf8');
}

/** Gold article bodies by page id. */
export function goldBodies(): Record<string, { articleBody: string; url: string }> {
  return JSON.parse(readFileSync(join(DIR, 'ground-truth.json'), 'utf8'));
}
