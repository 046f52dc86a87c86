import { describe, expect, it } from 'vitest';
import { lowerCharAt } from '../../src/ingest/lower-char.js';

describe('lowerCharAt', () => {
  it('equals charAt(i).toLowerCase() for every BMP code unit, and past the end', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const s = `x${String.fromCharCode(c)}`;
      if (lowerCharAt(s, 1) !== s.charAt(1).toLowerCase()) expect(lowerCharAt(s, 1), `U+${c.toString(16)}`).toBe(s.charAt(1).toLowerCase());
    }
    expect(lowerCharAt('By', 2)).toBe('');
  });
});
