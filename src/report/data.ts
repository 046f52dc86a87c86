/**
 * Turn cleaned documents into the report's data blob: one text per document
 * with its removals as index tuples into shared kind and rule tables, so a
 * 1,000-document report embeds each input once and no removed text twice.
 */
import type { CleanDocument, RemovedSpan } from '../types.js';
import type { ReportData, ReportDoc, ReportItem, ReportOptions, ReportRemoval } from './types.js';
import { colourKinds } from './palette.js';
import { summarise } from './summary.js';

/** Interns names into a table and hands out their indexes. */
class NameTable {
  readonly names: string[] = [];
  private readonly index = new Map<string, number>();
  of(name: string): number {
    let i = this.index.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.index.set(name, i);
    }
    return i;
  }
}

/**
 * Build the blob the page renders. A removal whose offsets fall outside its
 * text is left out and one whose text does not match is kept; both add a
 * warning to the document, because they mean the wrong input was passed.
 *
 * @example buildReportData([{ input, doc: cleanText(input) }]).docs[0].r // [[0, 0, 0, 81], …]
 */
export function buildReportData(items: readonly ReportItem[], options: ReportOptions = {}): ReportData {
  if (!Array.isArray(items)) throw new TypeError('renderReport: expected an array of { input, doc } items');
  const kinds = new NameTable();
  const rules = new NameTable();
  const ruleKinds = new Map<number, Map<number, number>>();
  const docs = items.map((item, n) => {
    const doc = toReportDoc(item, n, (r) => {
      const kind = kinds.of(r.kind);
      const rule = rules.of(r.rule);
      const counts = ruleKinds.get(rule) ?? new Map<number, number>();
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
      ruleKinds.set(rule, counts);
      return [kind, rule, r.start, r.end];
    });
    return doc;
  });
  const colours = colourKinds(kinds.names);
  return {
    title: options.title ?? 'decruft report',
    kinds: kinds.names.map((name) => ({ name, colour: colours.get(name)! })),
    rules: rules.names.map((name, i) => ({ name, kind: mostFrequent(ruleKinds.get(i)!) })),
    docs,
    summary: summarise(docs, kinds.names.length, rules.names.length, options.topCount ?? 10),
  };
}

function toReportDoc(item: ReportItem, n: number, intern: (r: RemovedSpan) => ReportRemoval): ReportDoc {
  const { doc } = item ?? {};
  if (!doc || !Array.isArray(doc.removed)) throw new TypeError(`renderReport: item ${n} has no cleaned document (expected { input, doc })`);
  const text = typeof doc.source === 'string' ? doc.source : item.input;
  if (typeof text !== 'string') throw new TypeError(`renderReport: item ${n} has neither an input string nor doc.source`);
  const warnings = [...(doc.warnings ?? [])];
  const r: ReportRemoval[] = [];
  for (const span of doc.removed) {
    if (!(span.start >= 0 && span.end >= span.start && span.end <= text.length)) {
      warnings.push(`report: removal ${span.start}..${span.end} (${span.rule}) is outside the input (0..${text.length}); was the right input passed?`);
      continue;
    }
    if (typeof span.text === 'string' && text.slice(span.start, span.end) !== span.text) {
      warnings.push(`report: removal ${span.start}..${span.end} (${span.rule}) does not quote the input; was the right input passed?`);
    }
    r.push(intern(span));
  }
  r.sort((a, b) => a[2] - b[2] || b[3] - a[3]);
  return {
    id: item.id ?? `#${n + 1}`,
    text,
    from: typeof doc.source === 'string' ? 'html' : 'text',
    title: doc.title ?? null,
    subtitle: doc.subtitle ?? null,
    published: doc.published ?? null,
    dateline: doc.dateline ?? null,
    authors: doc.authors ?? [],
    url: doc.page?.url ?? null,
    r,
    h: headingSpans(doc.blocks ?? [], text.length),
    related: doc.related ?? [],
    captions: doc.captions ?? [],
    warnings,
    removedChars: coveredLength(r),
  };
}

/** Heading spans sorted by start, dropping any outside the text. */
function headingSpans(blocks: CleanDocument['blocks'], length: number): Array<[number, number]> {
  return blocks
    .filter((b) => b.type === 'heading' && b.start >= 0 && b.end <= length && b.start <= b.end)
    .map((b): [number, number] => [b.start, b.end])
    .sort((a, b) => a[0] - b[0]);
}

/** Characters covered by at least one removal; removals are sorted by start. */
function coveredLength(r: readonly ReportRemoval[]): number {
  let total = 0;
  let reach = 0;
  for (const [, , start, end] of r) {
    const from = Math.max(start, reach);
    if (end > from) total += end - from;
    reach = Math.max(reach, end);
  }
  return total;
}

function mostFrequent(counts: Map<number, number>): number {
  let best = -1;
  let bestCount = -1;
  for (const [key, count] of counts) if (count > bestCount) [best, bestCount] = [key, count];
  return best;
}
