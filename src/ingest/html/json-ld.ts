/**
 * JSON-LD: the schema.org description many news sites embed for search
 * engines. It names the headline, dates, authors, publisher and often the
 * whole `articleBody`, which the extractor uses as a hint and a check.
 */

/** What decruft reads from a page's JSON-LD article object. */
export interface LinkedData {
  headline?: string;
  datePublished?: string;
  authors: string[];
  publisher?: string;
  articleBody?: string;
  description?: string;
  language?: string;
  url?: string;
}

/** schema.org types that describe an article page (CreativeWork subtypes news sites use). */
const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'reviewnewsarticle', 'backgroundnewsarticle', 'blogposting', 'socialmediaposting', 'techarticle',
  'scholarlyarticle', 'report', 'liveblogposting', 'webpage', 'medicalwebpage', 'review',
]);
/** Objects visited per page: JSON-LD is small; a huge blob is not worth the time. */
const MAX_OBJECTS = 5_000;

type Json = unknown;

/**
 * Reads the first article-typed object of the given `<script type="application/ld+json">` texts.
 *
 * @example readLinkedData(['{"@type":"NewsArticle","headline":"Hi"}']).headline // 'Hi'
 */
export function readLinkedData(scripts: readonly string[]): LinkedData {
  const found: Record<string, unknown>[] = [];
  for (const script of scripts) {
    let data: Json;
    try {
      data = JSON.parse(script);
    } catch {
      continue;
    }
    collectArticles(data, found);
  }
  // An Article beats a WebPage: pages often carry both.
  found.sort((a, b) => rankOf(a) - rankOf(b));
  const article = found[0];
  if (!article) return { authors: [] };
  return {
    headline: stringOf(article.headline) ?? stringOf(article.name),
    datePublished: stringOf(article.datePublished) ?? stringOf(article.dateCreated),
    authors: namesOf(article.author ?? article.creator),
    publisher: namesOf(article.publisher)[0],
    articleBody: stringOf(article.articleBody) ?? stringOf(article.text),
    description: stringOf(article.description),
    language: stringOf(article.inLanguage),
    url: stringOf(article.url) ?? idOf(article.mainEntityOfPage),
  };
}

function rankOf(o: Record<string, unknown>): number {
  const types = typesOf(o);
  return types.includes('webpage') || types.includes('medicalwebpage') ? 1 : 0;
}

/** Walks the parsed JSON breadth-first (never recursively) collecting article objects. */
function collectArticles(data: Json, found: Record<string, unknown>[]): void {
  const queue: Json[] = [data];
  for (let k = 0; k < queue.length && k < MAX_OBJECTS; k++) {
    const item = queue[k];
    if (Array.isArray(item)) {
      for (const x of item) queue.push(x);
    } else if (item && typeof item === 'object') {
      const o = item as Record<string, unknown>;
      if (typesOf(o).some((t) => ARTICLE_TYPES.has(t))) found.push(o);
      if (o['@graph']) queue.push(o['@graph']);
      if (o.mainEntity) queue.push(o.mainEntity);
    }
  }
}

function typesOf(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t.toLowerCase()];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
  return [];
}

function stringOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0].trim() || undefined;
  return undefined;
}

function idOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object') return stringOf((v as Record<string, unknown>)['@id']);
  return undefined;
}

/** Names of a person/organisation value: a string, an object with `name`, or a list of either. */
function namesOf(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  const names: string[] = [];
  for (const x of list) {
    const name = typeof x === 'string' ? x : x && typeof x === 'object' ? stringOf((x as Record<string, unknown>).name) : undefined;
    if (name && name.trim() && !name.includes('://')) names.push(name.trim());
  }
  return names;
}
