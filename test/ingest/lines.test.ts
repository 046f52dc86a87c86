import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nonBlankLines, splitLines } from '../../src/ingest/lines.js';

describe('nonBlankLines', () => {
  it('keeps exactly the lines that trim leaves something of, whatever their first character', () => {
    const chars = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((ch) => !/[\n\r\u2028\u2029]/.test(ch));
    const text = chars.flatMap((ch) => [ch, `${ch} `, `${ch}${ch}`, ` ${ch}x`]).join('\n');
    const lines = splitLines(text);
    expect(nonBlankLines(lines)).toEqual(lines.filter((l) => l.text.trim() !== ''));
  });
});

describe('splitLines', () => {
  it('cuts at \\n, \\r\\n, \\r, U+2028 and U+2029, with offsets of each line, whichever terminators a text mixes', () => {
    const piece = fc.constantFrom('a', 'Home', ' ', '\u00a0', '\n', '\n\n', '\r\n', '\r', '\u2028', '\u2029', '😀', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const texts = text.split(/\r\n|[\n\r\u2028\u2029]/);
        const lines = splitLines(text);
        expect(lines.map((l) => l.text)).toEqual(texts);
        for (const l of lines) expect(text.slice(l.start, l.end)).toBe(l.text);
        expect(lines.map((l) => l.index)).toEqual(texts.map((_, k) => k));
      }),
      { numRuns: 2000 },
    );
  });
});
