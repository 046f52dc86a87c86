import { describe, expect, it } from 'vitest';
import { nonBlankLines, splitLines } from '../../src/ingest/lines.js';
import { linesHolding } from '../../src/ingest/lines-holding.js';

describe('linesHolding', () => {
  it('marks the lines that hold a match, once each however many they hold', () => {
    const text = 'var a = 1;\r\nplain prose\n(x);;;\u2028no\u2029end;';
    expect(linesHolding(text, splitLines(text), /[;=]/g)).toEqual([true, false, true, false, true]);
  });

  it('marks only the lines given, and a match in a line left out marks none', () => {
    const text = 'a;\n \u00a0;\n\nb\n;c';
    const lines = nonBlankLines(splitLines(text));
    expect(lines.map((l) => l.text)).toEqual(['a;', ' \u00a0;', 'b', ';c']);
    expect(linesHolding(text, lines.filter((_, k) => k !== 1), /;/g)).toEqual([true, false, true]);
  });

  it('marks the lines that hold a match of several characters, which a line terminator breaks', () => {
    const text = 'Podcasts\n0:00 / 23:13\n10\n:30\nat 9:45';
    expect(linesHolding(text, splitLines(text), /\d:\d/g)).toEqual([false, true, false, false, true]);
  });

  it('finds nothing in a text without a match, and starts afresh on every call', () => {
    const pattern = /;/g;
    const text = 'one\ntwo;';
    expect(linesHolding(text, splitLines(text), pattern)).toEqual([false, true]);
    expect(linesHolding(text, splitLines(text), pattern)).toEqual([false, true]);
    expect(linesHolding('', splitLines(''), pattern)).toEqual([false]);
  });
});
