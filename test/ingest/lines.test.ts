import { describe, expect, it } from 'vitest';
import { nonBlankLines, splitLines } from '../../src/ingest/lines.js';

describe('nonBlankLines', () => {
  it('keeps exactly the lines that trim leaves something of, whatever their first character', () => {
    const chars = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((ch) => !/[\n\r\u2028\u2029]/.test(ch));
    const text = chars.flatMap((ch) => [ch, `${ch} `, `${ch}${ch}`, ` ${ch}x`]).join('\n');
    const lines = splitLines(text);
    expect(nonBlankLines(lines)).toEqual(lines.filter((l) => l.text.trim() !== ''));
  });
});
