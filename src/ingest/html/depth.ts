/**
 * Nesting cap, applied to the markup before parsing. htmlparser2 keeps its
 * open-element stack newest-first, so every tag costs time in proportion to
 * the depth: markup nested 100,000 levels deep takes minutes. Real pages
 * stay under a few hundred levels, so tags past `maxDepth` are dropped (their
 * text stays, flattened into the deepest kept element) and the caller warns.
 *
 * The depth is the parser's own: tags are read as its tokenizer reads them
 * (tags.ts) and the open-element stack is replayed with its rules
 * (open-elements.ts), so no shape of markup (`<li><p>` repeated, `<div/>`,
 * tags inside `<noscript>`) nests past the cap unseen.
 */
import { createOpenElements, VOID_ELEMENTS } from './open-elements.js';
import { nextTag, RAW_TEXT_ELEMENTS, rawTextEnd } from './tags.js';

/** Elements that switch the parser into foreign content (where `<x/>` closes) and back out of it. */
const FOREIGN = new Set(['math', 'svg']);
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

/**
 * The markup with tags beyond `maxDepth` removed, and whether any were.
 *
 * @example capNesting('<div><div><div>x</div></div></div>', 2).html // '<div><div>x</div></div>'
 */
export function capNesting(html: string, maxDepth: number): { html: string; capped: boolean } {
  const open = createOpenElements();
  // The parser's foreign-content flags, innermost last, for the tags it will see.
  const foreign: boolean[] = [false];
  const kept: string[] = [];
  let copied = 0;
  const drop = (from: number, to: number) => {
    kept.push(html.slice(copied, from));
    copied = to;
  };
  let resume = 0;
  for (let tag = nextTag(html, 0); tag; tag = nextTag(html, resume)) {
    const { name } = tag;
    resume = tag.end;
    if (tag.closing) {
      if (VOID_ELEMENTS.has(name)) continue;
      const at = open.innermost(name);
      if (at >= maxDepth) {
        // It closes only elements that were dropped.
        drop(tag.start, tag.end);
        open.popTo(at);
        continue;
      }
      if (at >= 0) open.popTo(at);
      if (FOREIGN.has(name) || INTEGRATION.has(name)) foreign.pop();
      continue;
    }
    const depth = open.openImplies(name);
    const raw = RAW_TEXT_ELEMENTS.has(name) && !tag.selfClosing;
    const rawEnd = raw ? rawTextEnd(html, name, tag.end) : -1;
    const stays = !VOID_ELEMENTS.has(name) && !(tag.selfClosing && foreign[foreign.length - 1] === true);
    if (stays && depth + 1 > maxDepth) {
      if (raw) {
        // Dropped whole with its closing tag: its text is not markup.
        const end = rawEnd < 0 ? html.length : html.indexOf('>', rawEnd) + 1 || html.length;
        drop(tag.start, end);
        if (rawEnd < 0) break;
        resume = end;
        continue;
      }
      drop(tag.start, tag.end);
      open.push(name);
      continue;
    }
    if (stays) open.push(name);
    if (!VOID_ELEMENTS.has(name)) {
      if (FOREIGN.has(name)) foreign.push(true);
      else if (INTEGRATION.has(name)) foreign.push(false);
    }
    if (raw) {
      if (rawEnd < 0) break;
      resume = rawEnd;
    }
  }
  if (kept.length === 0) return { html, capped: false };
  kept.push(html.slice(copied));
  return { html: kept.join(''), capped: true };
}
