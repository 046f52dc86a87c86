import { MONTHS } from '../../rules/dates.js';
import type { PageMeta } from '../../types.js';
import type { HeadFacts } from './head.js';
import { textOf } from './head.js';
import type { LinkedData } from './json-ld.js';

/**
 * Page metadata from the head facts and JSON-LD, each field from the most
 * deliberate source first: Open Graph and JSON-LD are written for machines,
 * `<title>` carries the site name, body microdata comes last.
 */
export interface HtmlMeta {
  title: string | null;
  published: string | null;
  authors: string[];
  page: PageMeta;
}

/** Meta keys for the publication date, in order of trust. */
const DATE_KEYS = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'publishdate', 'publish-date',
  'pubdate', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published',
];
/** Meta keys for author names (article:author is usually a profile URL and is filtered out). */
const AUTHOR_KEYS = ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl', 'citation_author'];
/** Title separators between headline and site name: "Headline | Site", "Headline - Site". */
const TITLE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' » '];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?\s?(Z|[+-]\d{2}:?\d{2})?/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const TEXT_DATE = /^(?:[A-Za-z]{3,9},?\s)?([A-Za-z]{3,9})\.?\s(\d{1,2}),?\s(\d{4})/;
const BY_PREFIX = /^by\s+/i;
const AUTHOR_SPLIT = /,|&|\band\b/;

/**
 * Reads title, date, authors and page facts.
 *
 * @example readMetadata(facts, ld, 'https://ex.com/a').title // 'Storm hits coast'
 */
export function readMetadata(facts: HeadFacts, ld: LinkedData, url: string | undefined): HtmlMeta {
  const m = facts.meta;
  const siteName = m.get('og:site_name') ?? m.get('application-name') ?? ld.publisher ?? null;
  const rawTitle = m.get('og:title') ?? ld.headline ?? m.get('twitter:title') ?? facts.title;
  const title = rawTitle ? stripSiteName(rawTitle, siteName) : null;
  const itemDate = facts.itemprops.get('datePublished');
  const published =
    firstDate([...DATE_KEYS.map((k) => m.get(k)), ld.datePublished, itemDate?.attribs?.content, itemDate?.attribs?.datetime, facts.time]);
  const authors = readAuthors(facts, ld);
  const canonical = facts.links.get('canonical') ?? m.get('og:url') ?? ld.url ?? url ?? null;
  return {
    title: title || null,
    published,
    authors,
    page: {
      url: canonical ? resolveUrl(canonical, url) : null,
      siteName,
      language: facts.lang || m.get('content-language') || m.get('og:locale') || ld.language || null,
      description: m.get('og:description') ?? m.get('description') ?? ld.description ?? null,
    },
  };
}

/**
 * Drops a site name from either end of a title ("Storm hits coast | Daily News").
 *
 * @example stripSiteName('Storm hits coast | Daily News', 'Daily News') // 'Storm hits coast'
 */
export function stripSiteName(title: string, siteName: string | null): string {
  const t = title.trim();
  for (const sep of TITLE_SEPARATORS) {
    const at = t.lastIndexOf(sep);
    if (at <= 0) continue;
    const head = t.slice(0, at).trim();
    const tail = t.slice(at + sep.length).trim();
    if (siteName && sameName(tail, siteName)) return head;
    const first = t.indexOf(sep);
    if (siteName && sameName(t.slice(0, first), siteName)) return t.slice(first + sep.length).trim();
    // Without a site name, a short last segment after a long head is the site.
    if (!siteName && tail.split(' ').length <= 4 && head.length > tail.length * 2) return head;
  }
  return t;
}

function sameName(a: string, b: string): boolean {
  const x = a.toLowerCase().replaceAll(' ', '');
  const y = b.toLowerCase().replaceAll(' ', '');
  return x === y || x.includes(y) || y.includes(x);
}

/**
 * The first value that reads as a date, in ISO 8601 as far as it goes:
 * no time zone is added when the source gives none.
 *
 * @example normaliseDate('2019-11-21 14:05') // '2019-11-21T14:05'
 */
export function normaliseDate(value: string): string | null {
  const v = value.trim();
  const iso = ISO_DATE.exec(v);
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, zone] = iso;
    let out = `${y}-${mo}-${d}`;
    if (h) out += `T${h}:${mi}${s ? `:${s}${frac ?? ''}` : ''}`;
    if (h && zone) out += zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
    return out;
  }
  const compact = COMPACT_DATE.exec(v);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const text = TEXT_DATE.exec(v);
  if (text) {
    const month = MONTHS[text[1]!.toLowerCase()];
    if (month) return `${text[3]}-${String(month).padStart(2, '0')}-${text[2]!.padStart(2, '0')}`;
  }
  return null;
}

function firstDate(values: ReadonlyArray<string | undefined>): string | null {
  for (const v of values) {
    const d = v ? normaliseDate(v) : null;
    if (d) return d;
  }
  return null;
}

function readAuthors(facts: HeadFacts, ld: LinkedData): string[] {
  let names = ld.authors;
  if (names.length === 0) {
    for (const key of AUTHOR_KEYS) {
      const v = facts.meta.get(key);
      if (v && !v.includes('://')) {
        names = v.replace(BY_PREFIX, '').split(AUTHOR_SPLIT);
        break;
      }
    }
  }
  if (names.length === 0) {
    const el = facts.itemprops.get('author');
    if (el) names = [textOf(el).replace(BY_PREFIX, '')];
  }
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    const name = n.replace(BY_PREFIX, '').trim();
    if (name && name.length <= 80 && !seen.has(name.toLowerCase())) {
      seen.add(name.toLowerCase());
      out.push(name);
    }
  }
  return out;
}

function resolveUrl(href: string, base: string | undefined): string {
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}
