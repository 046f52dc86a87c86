// Clean a folder of .txt files into JSONL, one document per line.
//
//   npm run build && node examples/clean-folder.mjs examples/data > docs.jsonl
//
// cleanStream pulls one file at a time, so memory stays flat however many
// files there are. For big corpora, gzip and worker threads, use the CLI:
// `npx decruft --workers 4 --output docs.jsonl.gz folder/`.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cleanStream } from 'decruft';

const folder = process.argv[2] ?? new URL('./data/', import.meta.url).pathname;

async function* articles(dir) {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.txt')).sort();
  for (const name of names) yield { id: name, text: await readFile(join(dir, name), 'utf8') };
}

const onError = (error, index, item) => console.error(`skipped ${item.id}: ${error.message}`);
for await (const doc of cleanStream(articles(folder), { onError })) {
  process.stdout.write(`${JSON.stringify(doc)}\n`);
}
