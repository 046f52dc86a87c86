import { describe, expect, it } from 'vitest';
import { encodeBatch } from '../../src/cli/batch.js';

const stats = { documents: 2, errors: 1, charsIn: 0, charsOut: 0, removedByKind: {} };
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('encodeBatch', () => {
  // Lines as the cleaner writes them: multi-byte text before the error, so a cut counted in characters would land mid-line.
  const lines = ['{"id":"a","title":"Лавров — “Москва”"}', '{"line":2,"error":"invalid JSON: 😀"}', '{"id":"c","title":"après"}'];
  const removals = ['{"id":"a","kind":"caption","text":"Фото: ТАСС"}\n', '', '{"id":"c","kind":"byline","text":"Par Éloïse"}\n'];

  it('encodes one line per unit, each ending in a line feed', () => {
    const batch = encodeBatch(lines, removals, 1, stats);
    expect(decode(batch.output)).toBe(`${lines.join('\n')}\n`);
    expect(decode(batch.removals)).toBe(removals.join(''));
    expect(batch.lines).toBe(3);
    expect(batch.errorRecord).toBe(lines[1]);
  });

  it('cuts at the byte just after the first error, for a strict run', () => {
    const batch = encodeBatch(lines, removals, 1, stats);
    expect(decode(batch.output.subarray(0, batch.outputCut))).toBe(`${lines[0]}\n${lines[1]}\n`);
    expect(decode(batch.removals.subarray(0, batch.removalsCut))).toBe(removals[0]);
  });

  it('has no cut and no error record without an error', () => {
    const batch = encodeBatch(lines.slice(0, 1), removals.slice(0, 1), -1, stats);
    expect(batch.errorRecord).toBeNull();
    expect([batch.outputCut, batch.removalsCut]).toEqual([0, 0]);
    expect(encodeBatch([], [], -1, stats).output.length).toBe(0);
  });
});
