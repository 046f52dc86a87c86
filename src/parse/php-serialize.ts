import { advanceUtf8Bytes } from './utf8.js';

/** A PHP value as `serialize()` writes it, read back into plain JavaScript. */
export type PhpValue = string | number | boolean | null | PhpValue[] | { [key: string]: PhpValue };

/** Deeper nesting than this is not a related-articles list; stop rather than recurse. */
const MAX_DEPTH = 32;

/**
 * Read PHP `serialize()` output starting at `start` (`a:2:{i:0;s:5:"hello";…}`,
 * `O:8:"stdClass":1:{…}`, `s:N:"…";`). String lengths are UTF-8 byte counts
 * and are checked. Returns the value and the offset after it, or null.
 *
 * @example readPhpSerialized('a:1:{i:0;s:2:"hi";}', 0)?.end // 19
 */
export function readPhpSerialized(text: string, start: number): { value: PhpValue; end: number } | null {
  return readValue(text, start, 0);
}

function readValue(text: string, i: number, depth: number): { value: PhpValue; end: number } | null {
  if (depth > MAX_DEPTH) return null;
  const type = text[i];
  if (type === 'N' && text[i + 1] === ';') return { value: null, end: i + 2 };
  if (text[i + 1] !== ':') return null;
  if (type === 'i' || type === 'd' || type === 'b') {
    const semi = text.indexOf(';', i + 2);
    if (semi < 0 || semi - i > 40) return null;
    const raw = text.slice(i + 2, semi);
    const value = type === 'b' ? raw === '1' : Number(raw);
    return Number.isNaN(value) ? null : { value, end: semi + 1 };
  }
  if (type === 's') {
    const str = readLengthString(text, i + 2);
    if (!str || text[str.end] !== ';') return null;
    return { value: str.value, end: str.end + 1 };
  }
  if (type === 'a') return readEntries(text, i + 2, depth);
  if (type === 'O') {
    const name = readLengthString(text, i + 2);
    if (!name || text[name.end] !== ':') return null;
    return readEntries(text, name.end + 1, depth);
  }
  return null;
}

/** `N:"…"` where N is the UTF-8 byte length of the quoted text. */
function readLengthString(text: string, i: number): { value: string; end: number } | null {
  const colon = text.indexOf(':', i);
  if (colon < 0 || colon - i > 10) return null;
  const bytes = Number(text.slice(i, colon));
  if (!Number.isInteger(bytes) || bytes < 0 || text[colon + 1] !== '"') return null;
  const close = advanceUtf8Bytes(text, colon + 2, bytes);
  if (close < 0 || text[close] !== '"') return null;
  return { value: text.slice(colon + 2, close), end: close + 1 };
}

/** `N:{key;value;…}` as an array when the keys run 0…N-1, else an object. */
function readEntries(text: string, i: number, depth: number): { value: PhpValue; end: number } | null {
  const colon = text.indexOf(':', i);
  if (colon < 0 || colon - i > 10 || text[colon + 1] !== '{') return null;
  const count = Number(text.slice(i, colon));
  if (!Number.isInteger(count) || count < 0) return null;
  const entries: [string, PhpValue][] = [];
  let at = colon + 2;
  for (let n = 0; n < count; n++) {
    const key = readValue(text, at, depth + 1);
    if (!key || typeof key.value === 'object') return null;
    const value = readValue(text, key.end, depth + 1);
    if (!value) return null;
    entries.push([String(key.value), value.value]);
    at = value.end;
  }
  if (text[at] !== '}') return null;
  const isList = entries.every(([k], n) => k === String(n));
  const value: PhpValue = isList ? entries.map(([, v]) => v) : Object.fromEntries(entries);
  return { value, end: at + 1 };
}
