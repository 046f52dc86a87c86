import type { Detector, Finding, RelatedArticle } from '../types.js';
import { assertString } from '../ingest/assert.js';
import { advanceUtf8Bytes } from '../parse/utf8.js';
import { matchBracket } from '../parse/brackets.js';
import { readPhpSerialized } from '../parse/php-serialize.js';
import { relatedFromValue } from '../salvage/related.js';

/** `string(1103) "` as PHP's var_dump prints it. */
const VAR_DUMP_HEAD = /^string\((\d{1,9})\) "/;
/** PHP serialize() output begins with an array, object or string header. */
const PHP_SERIALIZED_HEAD = /^(?:a:\d{1,9}:\{|O:\d{1,9}:"|s:\d{1,9}:")/;
/** A leaked JSON array or object opens with a bracket and then a string, object or array. */
const JSON_HEAD = /^[[{][ \t\r\n]{0,16}["{[]/;
/** Blobs larger than this are still removed up to the line's end, but not parsed. */
const MAX_BLOB = 5_000_000;

/**
 * Find serialized data leaked into text: PHP `var_dump` strings (the declared
 * byte length is checked against the payload), PHP `serialize()` output, and
 * JSON arrays or objects standing at the start of a line. The related
 * articles such blobs list are salvaged.
 *
 * @example detectSerializedBlobs('string(7) "[{"a":1}]"')[0].rule // 'php-var-dump'
 */
export function detectSerializedBlobs(text: string): Finding[] {
  assertString(text, 'detectSerializedBlobs');
  const findings: Finding[] = [];
  let nextVarDump = 0;
  let i = 0;
  while (i < text.length) {
    const lineEnd = endOfLine(text, i);
    let at = i;
    while (at < lineEnd && isIndent(text.charCodeAt(at))) at++;
    const found = at < lineEnd ? blobAt(text, at, lineEnd) : null;
    if (found) {
      findings.push(found);
      i = Math.max(found.end, lineEnd);
    } else {
      // var_dump strings can also follow other text on a line. The next
      // occurrence is searched once and reused, so lines without one cost nothing.
      if (nextVarDump !== -1 && nextVarDump <= at) nextVarDump = text.indexOf('string(', at + 1);
      const inner = nextVarDump;
      const dumped = inner > at && inner < lineEnd ? varDumpAt(text, inner, lineEnd) : null;
      if (dumped) findings.push(dumped);
      i = dumped ? Math.max(dumped.end, lineEnd) : lineEnd;
    }
    while (i < text.length && isLineBreak(text.charCodeAt(i))) i++;
  }
  return findings;
}

/** The first characters of the heads above: `string(`, `a:`, `O:`, `s:`, `[`, `{`. */
function isBlobOpener(c: number): boolean {
  return c === 115 || c === 97 || c === 79 || c === 91 || c === 123;
}

/** A space, a tab or a no-break space. */
function isIndent(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

function blobAt(text: string, at: number, lineEnd: number): Finding | null {
  // Cheap test first: most lines open with none of the heads' first characters.
  if (!isBlobOpener(text.charCodeAt(at))) return null;
  const head = text.slice(at, at + 24);
  if (head.startsWith('string(')) return varDumpAt(text, at, lineEnd);
  if (PHP_SERIALIZED_HEAD.test(head)) return phpSerializedAt(text, at);
  if (JSON_HEAD.test(head)) return jsonAt(text, at);
  return null;
}

function varDumpAt(text: string, at: number, lineEnd: number): Finding | null {
  const m = VAR_DUMP_HEAD.exec(text.slice(at, at + 24));
  if (!m) return null;
  const open = at + m[0].length;
  const close = advanceUtf8Bytes(text, open, Number(m[1]));
  const exact = close >= 0 && text[close] === '"';
  // A wrong or truncated length still marks debris: take the rest of the line.
  const end = exact ? close + 1 : lastQuoteOrEnd(text, open, lineEnd);
  const payload = text.slice(open, exact ? close : Math.max(open, end - 1));
  return finding(text, at, end, 'php-var-dump',
    exact ? `Unexpected PHP var_dump string of ${m[1]} bytes, remove it` : `Unexpected PHP var_dump string whose declared length ${m[1]} does not match, remove it`,
    salvageFrom(payload));
}

function phpSerializedAt(text: string, at: number): Finding | null {
  const read = readPhpSerialized(text, at);
  if (!read || read.end - at < 8) return null;
  return finding(text, at, read.end, 'php-serialized', 'Unexpected PHP serialize() output, remove it', relatedFromValue(read.value));
}

function jsonAt(text: string, at: number): Finding | null {
  const end = matchBracket(text, at, at + MAX_BLOB);
  if (end < 0) return null;
  const raw = text.slice(at, end);
  if (!raw.includes('":')) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  return finding(text, at, end, 'json-leak', 'Unexpected JSON data in text, remove it', relatedFromValue(value));
}

/** Related articles from a var_dump payload, which may hold JSON or PHP serialize() output. */
function salvageFrom(payload: string): RelatedArticle[] {
  if (payload.length > MAX_BLOB) return [];
  const first = payload.trimStart()[0];
  if (first === '[' || first === '{') {
    try {
      return relatedFromValue(JSON.parse(payload));
    } catch {
      return [];
    }
  }
  const php = readPhpSerialized(payload, 0);
  return php ? relatedFromValue(php.value) : [];
}

function finding(text: string, start: number, end: number, rule: string, reason: string, related: RelatedArticle[]): Finding {
  const f: Finding = { kind: 'serialized-blob', rule, start, end, text: text.slice(start, end), reason };
  if (related.length > 0) f.salvage = { related };
  return f;
}

function endOfLine(text: string, i: number): number {
  const n = text.indexOf('\n', i);
  return n < 0 ? text.length : n;
}

function lastQuoteOrEnd(text: string, from: number, lineEnd: number): number {
  const q = text.lastIndexOf('"', lineEnd - 1);
  let end = q >= from ? q + 1 : lineEnd;
  while (end > from && (text[end - 1] === '\r' || text[end - 1] === ' ')) end--;
  return end;
}

/** The serialized-blob detector for the default pipeline. */
export const serializedBlobDetector: Detector = {
  id: 'serialized-blob',
  rules: ['php-var-dump', 'php-serialized', 'json-leak'],
  detect: ({ text }) => detectSerializedBlobs(text),
};
