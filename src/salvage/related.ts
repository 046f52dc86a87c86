import type { RelatedArticle } from '../types.js';
import { RELATED_KEYS } from '../rules/related-keys.js';

/** More nodes than this and the value is not a related-articles list worth walking. */
const MAX_NODES = 10_000;

/**
 * Related articles listed in a parsed blob (JSON or PHP): every object with a
 * title-like string field, in document order, with its id, url and image when
 * present. Walks iteratively, so deep nesting cannot overflow the stack.
 *
 * @example relatedFromValue([{ id: 1, title: 'A' }]) // [{ title: 'A', id: '1' }]
 */
export function relatedFromValue(value: unknown): RelatedArticle[] {
  const out: RelatedArticle[] = [];
  const stack: unknown[] = [value];
  let seen = 0;
  while (stack.length > 0 && seen++ < MAX_NODES) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const record = node as Record<string, unknown>;
    const article = articleOf(record);
    if (article) out.push(article);
    const children = Object.values(record).filter((v) => typeof v === 'object' && v !== null);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return out;
}

function articleOf(record: Record<string, unknown>): RelatedArticle | null {
  const title = pick(record, RELATED_KEYS.title);
  if (!title) return null;
  const article: RelatedArticle = { title };
  const id = pick(record, RELATED_KEYS.id);
  const url = pick(record, RELATED_KEYS.url);
  const image = pick(record, RELATED_KEYS.image);
  if (id) article.id = id;
  if (url) article.url = url;
  if (image) article.image = image;
  return article;
}

function pick(record: Record<string, unknown>, keys: readonly string[]): string | undefined {
  for (const key of Object.keys(record)) {
    if (!keys.includes(key.toLowerCase())) continue;
    const v = record[key];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  }
  return undefined;
}
