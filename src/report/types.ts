/**
 * The shapes of an audit report: what the caller hands in, the options, and
 * the compact data blob the page is built from. The blob is plain JSON so it
 * can be embedded once and read by the page's script without a server.
 */
import type { CleanDocument, Dateline, RelatedArticle, Caption } from '../types.js';

/**
 * One document to show. cleanText documents do not carry their input, so it
 * comes beside the document; cleanHtml documents carry `source`, the text
 * every offset refers to, which wins over `input` when present.
 */
export interface ReportItem {
  doc: CleanDocument;
  /** The text given to cleanText. Optional when `doc.source` is set. */
  input?: string;
  /** A name to show and search for (file name, record id). Default: its position, `#1`, `#2`, … */
  id?: string;
}

/** Options of {@link renderReport}; every one is optional. */
export interface ReportOptions {
  /** Heading and `<title>` of the page. Default `'decruft report'`. */
  title?: string;
  /** How many documents the "most removed" list shows. Default 10. */
  topCount?: number;
}

/** A removal as the page sees it: `[kindIndex, ruleIndex, start, end]`, indexes into `ReportData.kinds`/`rules`. */
export type ReportRemoval = [kind: number, rule: number, start: number, end: number];

/** One document in the blob; offsets index into `text`. */
export interface ReportDoc {
  id: string;
  /** The text the offsets refer to: the input, or `doc.source` for HTML. */
  text: string;
  from: 'text' | 'html';
  title: string | null;
  subtitle: string | null;
  published: string | null;
  dateline: Dateline | null;
  authors: string[];
  url: string | null;
  /** Removals sorted by start. */
  r: ReportRemoval[];
  /** Heading spans `[start, end]`. */
  h: Array<[number, number]>;
  related: RelatedArticle[];
  captions: Caption[];
  warnings: string[];
  /** Characters inside at least one removal. */
  removedChars: number;
}

/** A bar of a chart: how often a kind or rule fired and how many characters it took. */
export interface ReportCount {
  /** Index into `ReportData.kinds` or `ReportData.rules`. */
  index: number;
  count: number;
  chars: number;
}

/** Totals over all documents, for the summary at the top of the page. */
export interface ReportSummary {
  documents: number;
  removals: number;
  charsIn: number;
  charsRemoved: number;
  /** `charsIn - charsRemoved`: what stays in the input once every removal is cut. */
  charsKept: number;
  byKind: ReportCount[];
  byRule: ReportCount[];
  /** Documents with the most characters removed: `[docIndex, removedChars]`. */
  top: Array<[number, number]>;
}

/** Everything the page needs, embedded once as JSON. */
export interface ReportData {
  title: string;
  kinds: Array<{ name: string; colour: string }>;
  /** Rules with the kind they fired with most, for the bar colour. */
  rules: Array<{ name: string; kind: number }>;
  docs: ReportDoc[];
  summary: ReportSummary;
}
