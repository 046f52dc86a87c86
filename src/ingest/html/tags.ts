/**
 * A tag scanner that reads markup the way htmlparser2's tokenizer does, down
 * to its quirks (`<!-->` is a whole comment, `</ p>` closes a p, a quoted
 * attribute may hold `>`), so that a pass over the raw page (the nesting cap)
 * sees the same tags as the parser that runs after it. Comments, declarations,
 * processing instructions and CDATA are skipped. Every search that finds no
 * end stops the scan, so hostile input (`<a` repeated) is read once.
 */

/** A tag: `[start, end)` in the markup, its lower-cased name, and how it is written. */
export interface Tag {
  start: number;
  end: number;
  name: string;
  closing: boolean;
  /** Written `<x/>`; the parser honours it only inside svg or math. */
  selfClosing: boolean;
}

/** Elements whose content the tokenizer reads as text up to their closing tag. */
export const RAW_TEXT_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

const GT = 62, SLASH = 47, BANG = 33, QUESTION = 63, EQUALS = 61, DQUOTE = 34, SQUOTE = 39;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
}

function isAsciiLetter(c: number): boolean {
  const l = c | 32;
  return l >= 97 && l <= 122;
}

/** The tokenizer's end of a tag name or attribute: white space, `/` or `>`. */
function endsSection(c: number): boolean {
  return c === SLASH || c === GT || isSpace(c);
}

/**
 * The next tag at or after `from`, or null when there is none (or the markup
 * ends inside one).
 *
 * @example nextTag('a<!-- <b> --><i x=">">', 0) // { start: 13, end: 22, name: 'i', closing: false, selfClosing: false }
 */
export function nextTag(html: string, from: number): Tag | null {
  const n = html.length;
  let i = html.indexOf('<', from);
  while (i >= 0 && i < n - 1) {
    const c = html.charCodeAt(i + 1);
    let skipTo = i + 1;
    if (c === BANG) {
      skipTo = declarationEnd(html, i);
    } else if (c === QUESTION) {
      skipTo = after(html, '>', i + 2);
    } else if (c === SLASH) {
      let j = i + 2;
      while (j < n && isSpace(html.charCodeAt(j))) j++;
      if (j >= n) return null;
      const d = html.charCodeAt(j);
      if (isAsciiLetter(d)) {
        let k = j;
        while (k < n && html.charCodeAt(k) !== GT && !isSpace(html.charCodeAt(k))) k++;
        const end = html.indexOf('>', k);
        if (end < 0) return null;
        return { start: i, end: end + 1, name: html.slice(j, k).toLowerCase(), closing: true, selfClosing: false };
      }
      // `</>` is dropped; `</` before anything else opens a bogus comment up to `>`.
      skipTo = d === GT ? j + 1 : after(html, '>', j);
    } else if (isAsciiLetter(c)) {
      let k = i + 2;
      while (k < n && !endsSection(html.charCodeAt(k))) k++;
      const end = openTagEnd(html, k);
      if (!end) return null;
      return { start: i, end: end.end, name: html.slice(i + 1, k).toLowerCase(), closing: false, selfClosing: end.selfClosing };
    }
    if (skipTo < 0) return null;
    i = html.indexOf('<', skipTo);
  }
  return null;
}

/** Where the raw text of `name` opened before `from` ends: its `</name` followed by white space or `>`, or -1. */
export function rawTextEnd(html: string, name: string, from: number): number {
  let k = html.indexOf('</', from);
  while (k >= 0) {
    const after = k + 2 + name.length;
    if (html.slice(k + 2, after).toLowerCase() === name && after < html.length && (html.charCodeAt(after) === GT || isSpace(html.charCodeAt(after)))) return k;
    k = html.indexOf('</', k + 2);
  }
  return -1;
}

/** Just past the first `needle` at or after `from`, or -1. */
function after(html: string, needle: string, from: number): number {
  const at = html.indexOf(needle, from);
  return at < 0 ? -1 : at + needle.length;
}

/** Just past a comment, CDATA section or declaration starting at `i` (`<!`), or -1. */
function declarationEnd(html: string, i: number): number {
  // After `<!--` the tokenizer already counts the dashes, so `<!-->` ends at once.
  if (html.startsWith('<!--', i)) return after(html, '-->', i + 2);
  if (html.startsWith('<![CDATA[', i)) return after(html, ']]>', i + 9);
  return after(html, '>', i + 2);
}

/** The end of an opening tag whose attributes start at `k`, and whether it ends in `/>`; null when the markup ends first. */
function openTagEnd(html: string, k: number): { end: number; selfClosing: boolean } | null {
  const n = html.length;
  let slash = false;
  while (k < n) {
    const c = html.charCodeAt(k);
    if (c === GT) return { end: k + 1, selfClosing: slash };
    if (c === SLASH || isSpace(c)) {
      if (c === SLASH) slash = true;
      k++;
      continue;
    }
    slash = false;
    while (k < n && html.charCodeAt(k) !== EQUALS && !endsSection(html.charCodeAt(k))) k++;
    let m = k;
    while (m < n && isSpace(html.charCodeAt(m))) m++;
    if (html.charCodeAt(m) !== EQUALS) {
      k = m;
      continue;
    }
    m++;
    while (m < n && isSpace(html.charCodeAt(m))) m++;
    const q = html.charCodeAt(m);
    if (q === DQUOTE || q === SQUOTE) {
      const close = html.indexOf(q === DQUOTE ? '"' : "'", m + 1);
      if (close < 0) return null;
      k = close + 1;
    } else {
      while (m < n && html.charCodeAt(m) !== GT && !isSpace(html.charCodeAt(m))) m++;
      k = m;
    }
  }
  return null;
}

