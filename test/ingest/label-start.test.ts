import { describe, expect, it } from 'vitest';
import { labelStartTest } from '../../src/ingest/label-start.js';
import { splitLines } from '../../src/ingest/lines.js';
import { isSpaceCode, squash } from '../../src/ingest/whitespace.js';
import { BARE_READ_MORE_LABELS, READ_MORE_LABELS } from '../../src/rules/read-more-labels.js';
import { readSeed, seedGold } from '../helpers/seeds.js';

const LABELS = [...READ_MORE_LABELS, ...BARE_READ_MORE_LABELS];
const mayStart = labelStartTest(LABELS);
const startsWithLabel = (line: string) => LABELS.some((l) => squash(line.toLowerCase()).startsWith(l));

describe('labelStartTest', () => {
  it('says yes to lines that start with a label, in any case and spacing', () => {
    for (const line of ['Read more: Title', 'READ MORE', '  See  also', 'À lire aussi : x', 'A lire aussi', '\u200bAlso read', 'Leer más', 'WATCH: video']) {
      expect(startsWithLabel(line), line).toBe(true);
      expect(mayStart(line), line).toBe(true);
    }
  });

  it('reads a line in place in its page as it reads the line alone, up to a line terminator or the page end', () => {
    const page = readSeed('001_cb0a8d303033b8e8.txt') + '\nRead more: x\nRe\nsee\u2028  Also read\r\nWATCH: clip\rwat\nLe\u2029se\nrea';
    const lines = splitLines(page);
    expect(lines.filter((l) => mayStart(l.text)).length).toBeGreaterThan(4);
    for (const l of lines) expect(mayStart(page, l.start, l.end), l.text).toBe(mayStart(l.text));
  });

  it('says no to most lines without looking further', () => {
    for (const line of ['World news', 'By John Smith', 'In the end', 'A man was', '“Quote”', 'Москва', '12 May 2019', '']) {
      expect(mayStart(line), line).toBe(false);
    }
  });

  it('never says no to a line that starts with a label, whatever character stands in for one of its first letters or opens it', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const low = ch.toLowerCase();
      for (const label of LABELS) {
        const lines = isSpaceCode(c) ? [`${ch}${label}`, `${label.slice(0, 2)}${ch}${label.slice(2)}`] : [];
        for (let k = 0; k < 4; k++) if (label[k] === low[0]) lines.push(`${label.slice(0, k)}${ch}${label.slice(k + 1)}`);
        for (const line of lines) {
          for (const variant of [line, line.toUpperCase()]) {
            if (startsWithLabel(variant)) expect(mayStart(variant), JSON.stringify(variant)).toBe(true);
          }
        }
      }
    }
  });

  it('agrees with the full test on every seed line', () => {
    let starts = 0;
    for (const { file } of seedGold) {
      for (const line of readSeed(file).split('\n')) {
        if (!startsWithLabel(line)) continue;
        starts++;
        expect(mayStart(line), line).toBe(true);
      }
    }
    expect(starts).toBeGreaterThan(0);
  });

  it('refuses labels shorter than its three-character heads', () => {
    expect(() => labelStartTest(['ad'])).toThrow(RangeError);
  });
});
