/**
 * Nesting cap, applied to the markup before parsing. htmlparser2 keeps its
 * open-element stack newest-first, so every tag costs time in proportion to
 * the depth: markup nested 100,000 levels deep takes minutes. Real pages
 * stay under a few hundred levels, so tags past `maxDepth` are dropped (their
 * text stays, flattened into the deepest kept element) and the caller warns.
 *
 * The depth is estimated with a light tag scan: elements the parser closes
 * implicitly (`<p>`, `<li>`, table cells) and void elements do not count.
 */

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const IMPLIED = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'plaintext', 'noscript', 'iframe', 'noembed', 'noframes']);

/**
 * The markup with tags beyond `maxDepth` removed, and whether any were.
 *
 * @example capNesting('<div><div><div>x</div></div></div>', 2).html // '<div><div>x</div></div>'
 */
export function capNesting(html: string, maxDepth: number): { html: string; capped: boolean } {
  let depth = 0;
  let out = '';
  let copied = 0;
  let capped = false;
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length - 1) {
    const next = html.charCodeAt(i + 1);
    if (next === 33 || next === 63) {
      // <!-- comment -->, <!doctype>, <?xml ?>
      const end = html.startsWith('<!--', i) ? html.indexOf('-->', i + 4) : html.indexOf('>', i + 2);
      i = end < 0 ? -1 : html.indexOf('<', end + 1);
      continue;
    }
    const closing = next === 47;
    const nameStart = closing ? i + 2 : i + 1;
    const name = readName(html, nameStart);
    if (!name) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const end = html.indexOf('>', nameStart + name.length);
    if (end < 0) break;
    const selfClosing = html.charCodeAt(end - 1) === 47;
    const counts = !VOID.has(name) && !IMPLIED.has(name) && !selfClosing;
    if (closing) {
      if (counts && depth > 0) {
        if (depth > maxDepth) {
          out += html.slice(copied, i);
          copied = end + 1;
        }
        depth--;
      }
    } else if (counts) {
      depth++;
      if (depth > maxDepth) {
        capped = true;
        out += html.slice(copied, i);
        copied = end + 1;
      }
    }
    let resume = end + 1;
    if (!closing && RAW_TEXT.has(name)) {
      // Skipped whole: its text is not markup. Past the cap it is dropped whole.
      const close = findClose(html, name, resume);
      resume = close < 0 ? html.length : html.indexOf('>', close) + 1 || html.length;
      if (depth > maxDepth) copied = resume;
      if (counts) depth--;
    }
    i = html.indexOf('<', resume);
  }
  if (!capped) return { html, capped: false };
  return { html: out + html.slice(copied), capped: true };
}

/** Where the closing tag of raw-text element `name` starts, matched without regard to case, or -1. */
function findClose(html: string, name: string, from: number): number {
  let k = html.indexOf('</', from);
  while (k >= 0) {
    if (html.slice(k + 2, k + 2 + name.length).toLowerCase() === name) return k;
    k = html.indexOf('</', k + 2);
  }
  return -1;
}

/** A lower-cased tag name starting at `at`, or '' when no letter starts one. */
function readName(html: string, at: number): string {
  let j = at;
  while (j < html.length) {
    const c = html.charCodeAt(j) | 32;
    const letter = c >= 97 && c <= 122;
    const digitOrDash = (c >= 48 && c <= 57) || c === 45; // digits (h1…h6) and '-' (custom elements)
    if (!(letter || (j > at && digitOrDash))) break;
    j++;
  }
  return html.slice(at, j).toLowerCase();
}
