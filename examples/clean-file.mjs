// Clean one file and print the document.
//
//   npm run build && node examples/clean-file.mjs [file]
//
// A .txt file is scraped text (cleanText); an .html file is a raw page
// (cleanHtml). With no argument, the first bundled sample article is used.
import { readFile } from 'node:fs/promises';
import { cleanHtml, cleanText } from 'decruft';

const file = process.argv[2] ?? new URL('./data/000_46ef61ed26724e20.txt', import.meta.url).pathname;
const input = await readFile(file, 'utf8');
const doc = /\.html?$/i.test(file) ? cleanHtml(input) : cleanText(input);

console.log(`${doc.title ?? '(no title)'}\n`);
console.log(doc.text);
console.log(`\nRemoved ${doc.removed.length} spans:`);
for (const span of doc.removed) console.log(`  ${span.kind.padEnd(16)} ${span.rule.padEnd(20)} ${JSON.stringify(span.text.slice(0, 60))}`);
console.log('\nThe whole document as JSON:');
console.log(JSON.stringify(doc, null, 2));
