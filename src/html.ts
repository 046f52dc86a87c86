import type { CleanDocument } from './types.js';
import type { CleanOptions } from './options.js';
import { resolveOptions } from './options.js';
import { buildDocument } from './document.js';
import { assertString } from './ingest/assert.js';
import { assertTextInput } from './ingest/guard.js';
import { renderPage } from './ingest/html/page.js';

/**
 * Text detectors that guess page structure from lines alone. The DOM has
 * already decided it: the page-furniture detector would cut article lines the
 * container analysis kept, and the headline detector would take the first body
 * line for a second title when the page names its own.
 */
const PAGE_FURNITURE_DETECTOR = 'page-furniture';
const HEADLINE_DETECTOR = 'headline';

/** Options of {@link cleanHtml}: those of cleanText, plus the page's address. */
export interface CleanHtmlOptions extends CleanOptions {
  /** The page's URL: the canonical URL when the page names none, and the base for relative ones. Default none. */
  url?: string;
}

/**
 * Clean a raw HTML page into a structured document. The page is parsed once
 * (cheerio with htmlparser2), rendered to text one block per line
 * (`doc.source`), and everything that is not the article (navigation,
 * footers, share bars, related stories, comments, ads, the headline itself)
 * is recorded as a removal with its kind and rule; the text detectors of
 * cleanText then run on what is left. Oversized pages are capped and say so
 * in `doc.warnings`.
 *
 * @example cleanHtml('<h1>Storm hits coast</h1><p>Rain fell all night.</p>').text // 'Rain fell all night.'
 */
export function cleanHtml(html: string, options?: CleanHtmlOptions): CleanDocument {
  assertString(html, 'cleanHtml');
  const resolved = resolveOptions(options, 'cleanHtml');
  const url = options?.url;
  if (url !== undefined && url !== null && typeof url !== 'string') {
    throw new TypeError('cleanHtml: option "url" must be a string');
  }
  assertTextInput(html, 'cleanHtml', resolved.maxLength);
  const page = renderPage(html, url ? { url } : {});
  const findings = page.findings.filter((f) => !resolved.disable.has(f.rule) && !resolved.disable.has(f.kind));
  const { title, published, authors, captions } = page.meta;
  const off = title ? [PAGE_FURNITURE_DETECTOR, HEADLINE_DETECTOR] : [PAGE_FURNITURE_DETECTOR];
  const pipeline = { ...resolved, disable: new Set([...resolved.disable, ...off]) };
  const doc = buildDocument(page.source, pipeline, {
    findings,
    // Empty or null fields are left out, so what the text detectors salvage can fill them.
    meta: {
      ...(title ? { title } : {}),
      ...(published ? { published } : {}),
      ...(authors.length > 0 ? { authors } : {}),
      captions,
      page: page.meta.page,
    },
    warnings: page.warnings,
  });
  return { ...doc, source: page.source, page: page.meta.page };
}
