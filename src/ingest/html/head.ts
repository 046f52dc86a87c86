import type { DomNode } from './dom.js';

const WHITE_SPACE = /\s+/g;

/**
 * One pass over the whole document (head included, which the rendering
 * skips) collecting what metadata is read from: `<meta>` values, `<link>`
 * relations, `<title>`, JSON-LD scripts, `lang`, `<time datetime>` and
 * microdata `itemprop` values.
 */
export interface HeadFacts {
  /** `<meta>` content by lower-cased `property`, `name` or `itemprop`, first one wins. */
  meta: Map<string, string>;
  /** `<link href>` by lower-cased `rel`. */
  links: Map<string, string>;
  title: string;
  jsonLd: string[];
  lang: string;
  /** `datetime` of the first `<time>` that has one. */
  time: string;
  /** Microdata on body elements: `itemprop` → element, first one wins. */
  itemprops: Map<string, DomNode>;
}

/**
 * Collects the head facts of a page, visiting at most `limit` elements.
 *
 * @example readHead(root, 1e5).meta.get('og:title') // 'Headline'
 */
export function readHead(root: DomNode, limit: number): HeadFacts {
  const facts: HeadFacts = { meta: new Map(), links: new Map(), title: '', jsonLd: [], lang: '', time: '', itemprops: new Map() };
  const stack: DomNode[] = [root];
  let seen = 0;
  while (stack.length > 0 && seen < limit) {
    const node = stack.pop()!;
    if (node.type === 'script') {
      if ((node.attribs?.type ?? '').toLowerCase().includes('ld+json')) facts.jsonLd.push(textOf(node));
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root') continue;
    seen++;
    if (node.type === 'tag') visit(node, facts);
    const children = node.children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return facts;
}

function visit(node: DomNode, facts: HeadFacts): void {
  const a = node.attribs ?? {};
  switch (node.name) {
    case 'meta': {
      const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'] ?? '').toLowerCase();
      const content = a.content?.trim();
      if (key && content && !facts.meta.has(key)) facts.meta.set(key, content);
      return;
    }
    case 'link': {
      const rel = (a.rel ?? '').toLowerCase();
      if (rel && a.href && !facts.links.has(rel)) facts.links.set(rel, a.href);
      return;
    }
    case 'title':
      if (!facts.title) facts.title = textOf(node).trim();
      return;
    case 'html':
      if (a.lang && !facts.lang) facts.lang = a.lang;
      return;
    case 'time':
      if (a.datetime && !facts.time) facts.time = a.datetime.trim();
      break;
  }
  if (a.itemprop) {
    for (const prop of a.itemprop.split(' ')) if (prop && !facts.itemprops.has(prop)) facts.itemprops.set(prop, node);
  }
}

/**
 * The text under a node, iteratively, with one space between blocks.
 *
 * @example textOf(h1) // 'Storm hits coast'
 */
export function textOf(node: DomNode): string {
  let out = '';
  const stack: DomNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') out += n.data ?? '';
    else if (n.children) {
      out += ' ';
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return out.replace(WHITE_SPACE, ' ').trim();
}
