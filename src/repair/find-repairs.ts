import type { Repair, RepairOptions } from '../types.js';
import { assertString } from '../ingest/assert.js';
import { CP1252_HIGH, DASH_FORMS, HTML_ENTITIES, QUOTE_FORMS } from '../rules/repairs.js';

export const DEFAULT_REPAIRS: Required<RepairOptions> = { mojibake: true, entities: true, invisible: true, quotes: false, dashes: false };

/** A UTF-8 lead byte read as cp1252/Latin-1, then one to three continuation bytes read the same way. */
const MOJIBAKE = /[\u00c2-\u00df\u00e2\u00ef][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,2}/gu;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,9}));/gu;
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu;
const QUOTES = /[‘’‚‛“”„‟«»′″]/gu;
const DASHES = /[‐‑‒–—―−]/gu;
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Find what to repair in scraped text, conservatively (never "fix" correct
 * text): mojibake only where the characters are exactly UTF-8 bytes read as
 * cp1252 or Latin-1 and the decoded character is punctuation or a Latin,
 * Greek or Cyrillic letter; entities only when the name is known or the
 * number is a printable code point; invisible characters (zero-width space,
 * word joiner, stray BOM, soft hyphen, control characters). Overlaps resolve
 * to the earlier repair. Offsets are into the input; nothing is edited here.
 *
 * @example findRepairs('It â€™s').map((r) => r.replacement) // ['’']
 */
export function findRepairs(text: string, options: RepairOptions = DEFAULT_REPAIRS): Repair[] {
  assertString(text, 'findRepairs');
  const found: Repair[] = [];
  if (options.mojibake) for (const m of text.matchAll(MOJIBAKE)) pushMojibake(found, m[0], m.index);
  if (options.entities) for (const m of text.matchAll(ENTITY)) pushEntity(found, m, m.index);
  if (options.invisible) for (const m of text.matchAll(INVISIBLE)) found.push(make('invisible', 'invisible-character', m.index, m[0], ''));
  if (options.quotes) for (const m of text.matchAll(QUOTES)) found.push(make('quote', 'plain-quote', m.index, m[0], QUOTE_FORMS[m[0]]!));
  if (options.dashes) for (const m of text.matchAll(DASHES)) found.push(make('dash', 'plain-dash', m.index, m[0], DASH_FORMS[m[0]]!));
  found.sort((a, b) => a.start - b.start);
  const out: Repair[] = [];
  for (const r of found) if (out.length === 0 || r.start >= out[out.length - 1]!.end) out.push(r);
  return out;
}

function make(kind: Repair['kind'], rule: string, start: number, text: string, replacement: string): Repair {
  return { kind, rule, start, end: start + text.length, text, replacement };
}

/** Decode the run back to bytes and then as UTF-8; keep it only when that yields one plausible character. */
function pushMojibake(out: Repair[], run: string, at: number): void {
  const lead = run.charCodeAt(0);
  const need = lead >= 0xe0 ? 3 : 2;
  if (run.length < need) return;
  const chars = run.slice(0, need);
  const bytes = new Uint8Array(need);
  for (let i = 0; i < need; i++) {
    const c = chars.charCodeAt(i);
    const b = c <= 0xff ? c : CP1252_HIGH[c];
    if (b === undefined) return;
    bytes[i] = b;
  }
  let decoded: string;
  try {
    decoded = UTF8.decode(bytes);
  } catch {
    return;
  }
  const cp = decoded.codePointAt(0)!;
  if (cp === 0xfeff) out.push(make('mojibake', 'mojibake-bom', at, chars, ''));
  else if ((cp >= 0xa0 && cp <= 0x52f) || (cp >= 0x2010 && cp <= 0x2122)) out.push(make('mojibake', 'mojibake-utf8-as-cp1252', at, chars, decoded));
}

function pushEntity(out: Repair[], m: RegExpMatchArray, at: number): void {
  let value: string | undefined;
  if (m[3] !== undefined) value = HTML_ENTITIES[m[3]];
  else {
    const cp = m[1] !== undefined ? Number.parseInt(m[1], 10) : Number.parseInt(m[2]!, 16);
    // HTML reads &#128;–&#159; as cp1252, as browsers do.
    const mapped = cp >= 0x80 && cp <= 0x9f ? Number(Object.keys(CP1252_HIGH).find((k) => CP1252_HIGH[Number(k)] === cp) ?? NaN) : cp;
    if (Number.isInteger(mapped) && printable(mapped)) value = String.fromCodePoint(mapped);
  }
  if (value !== undefined) out.push(make('entity', m[3] !== undefined ? 'named-entity' : 'numeric-entity', at, m[0], value));
}

function printable(cp: number): boolean {
  if (cp < 0x20 && cp !== 9 && cp !== 10) return false;
  if (cp >= 0x7f && cp <= 0x9f) return false;
  return !(cp >= 0xd800 && cp <= 0xdfff) && cp <= 0x10ffff;
}
