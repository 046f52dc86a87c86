/**
 * renderReport: the audit report. Users of a cleaner want to see what it
 * removed and why before they trust it on a corpus, so this draws each input
 * with every removal highlighted by kind (rule on hover), the recognised
 * structure marked and the salvage beside it, under a summary of the whole
 * set, as one self-contained HTML file that needs no server or network.
 */
import type { ReportItem, ReportOptions } from './types.js';
import { buildReportData } from './data.js';
import { embedJson } from './embed.js';
import { pageHtml } from './template.js';

/**
 * Render cleaned documents, each with the text its offsets refer to, into one
 * HTML page. Documents are drawn lazily in the browser, so a report of
 * 1,000 documents opens quickly; the file holds each input once.
 *
 * @example renderReport([{ id: 'a.txt', input, doc: cleanText(input) }]) // '<!doctype html>…'
 */
export function renderReport(items: readonly ReportItem[], options: ReportOptions = {}): string {
  if (!Array.isArray(items)) throw new TypeError('renderReport: expected an array of { doc, input?, id? } items');
  const data = buildReportData(items, options);
  return pageHtml(data.title, embedJson(data));
}
