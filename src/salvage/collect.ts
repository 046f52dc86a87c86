import type { Caption, Dateline, Finding, RelatedArticle } from '../types.js';

/** Everything the kept findings salvaged, merged in input order. */
export interface CollectedSalvage {
  title?: string;
  subtitle?: string;
  published?: string;
  dateline?: Dateline;
  related: RelatedArticle[];
  captions: Caption[];
  authors: string[];
}

/**
 * Merge what findings salvaged: the first title, subtitle, date and dateline
 * in input order win; related articles, captions and authors accumulate.
 *
 * @example collectSalvage(findings).related.length // 8
 */
export function collectSalvage(findings: readonly Finding[]): CollectedSalvage {
  const out: CollectedSalvage = { related: [], captions: [], authors: [] };
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    const s = f.salvage;
    if (!s) continue;
    out.title ??= s.title;
    out.subtitle ??= s.subtitle;
    out.published ??= s.published;
    out.dateline ??= s.dateline;
    if (s.related) out.related.push(...s.related);
    if (s.captions) out.captions.push(...s.captions);
    if (s.authors) for (const a of s.authors) if (!out.authors.includes(a)) out.authors.push(a);
  }
  return out;
}
