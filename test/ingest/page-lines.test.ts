import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageLines } from '../../src/ingest/page-lines.js';
import { splitLines } from '../../src/ingest/lines.js';
import { squash } from '../../src/ingest/whitespace.js';

const dumps = join(import.meta.dirname, '..', '..', 'bench', 'data', 'article-extraction-benchmark', 'textdump');
const pages = readdirSync(dumps).map((f) => readFileSync(join(dumps, f), 'utf8'));

function expectViewsOf(text: string): void {
  const lines = splitLines(text);
  const view = pageLines(text, lines);
  for (const line of lines) {
    if (view.lower[line.index] !== line.text.toLowerCase()) expect(view.lower[line.index], line.text).toBe(line.text.toLowerCase());
    if (view.squashed[line.index] !== squash(line.text)) expect(view.squashed[line.index], line.text).toBe(squash(line.text));
  }
  expect(view.lower.length).toBe(lines.length);
}

describe('pageLines', () => {
  it('gives every line of the benchmark pages its lower case and squashed text', () => {
    for (const page of pages) expectViewsOf(page);
  });

  it('lower-cases by the line where the context or the length of a lower case would differ', () => {
    expectViewsOf('ΟΔΟΣ\nΣΑΣ ΚΑΙ\r\nΣ\u2028ΟΣ.');
    expectViewsOf('İstanbul\nDİYARBAKIR Σ\nİ');
    expectViewsOf('A\ud800\nB\udc00C\n😀 Ä');
  });

  it('builds the views of one page once, and a new page gets its own', () => {
    const lines = splitLines('Home\nNews');
    expect(pageLines('Home\nNews', lines)).toBe(pageLines('Home\nNews', lines));
    const other = 'HOME\nNEWS';
    expect(pageLines(other, splitLines(other)).lower).toEqual(['home', 'news']);
    expect(pageLines('Home\nNews', lines).lower).toEqual(['home', 'news']);
  });
});
