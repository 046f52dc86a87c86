import { cleanText } from '../document.js';
import { cleanHtml } from '../html.js';
import type { CleanDocument, Focus } from '../types.js';
import type { FieldSettings, InputFormat } from './args.js';
import { encodeBatch } from './batch.js';
import type { BatchResult, BatchStats } from './batch.js';

/** One record to clean: a JSONL line, or a whole .txt/.html file. */
export interface WorkUnit {
  format: InputFormat;
  raw: string;
  /** 1-based line in its file (1 for a whole file). */
  line: number;
  /** The input file, or null for stdin; error records name it. */
  file: string | null;
  /** The id of a whole-file record: its name below the folder. */
  name: string;
}

/** What every unit of a run is cleaned with; sent to each worker once. */
export interface RecordSettings {
  fields: FieldSettings;
  focus: Focus;
  disable: string[];
  removals: boolean;
}

/**
 * Clean a batch of units into output lines. Whatever goes wrong with one unit
 * (bad JSON, no text, a cleaner error) becomes that unit's error record, so
 * one bad record never costs the rest of the batch.
 *
 * @example cleanBatch([{ format: 'jsonl', raw: '{"id":1,"text":"Hi."}', line: 1, file: null, name: 'stdin' }], settings).lines.length // 1
 */
export function cleanBatch(units: readonly WorkUnit[], settings: RecordSettings): BatchResult {
  const stats: BatchStats = { documents: 0, errors: 0, charsIn: 0, charsOut: 0, removedByKind: {} };
  const lines: string[] = [];
  const removals: string[] = [];
  let firstError = -1;
  for (const unit of units) {
    let id: unknown;
    try {
      const value = unit.format === 'jsonl' ? parseJson(unit.raw) : unit.raw;
      id = idOf(unit, value, settings.fields);
      const record = readRecord(unit, value, id, settings.fields);
      const doc = clean(record, settings);
      const line = serialize(record.head, doc);
      const removed = settings.removals ? removalLines(locator(unit, id), doc) : '';
      lines.push(line);
      removals.push(removed);
      count(stats, doc);
    } catch (error) {
      if (firstError === -1) firstError = lines.length;
      stats.errors++;
      lines.push(JSON.stringify({ ...locator(unit, id), error: messageOf(error) }));
      removals.push('');
    }
  }
  return encodeBatch(lines, removals, firstError, stats);
}

/** A unit read as a record: what to clean, and the fields that lead its output line. */
interface Record_ {
  text: string | null;
  html: string | null;
  url: string | undefined;
  head: Record<string, unknown>;
}

/** A whole file's id is its name; a JSONL record's is its id field, when it is an object that has one. */
function idOf(unit: WorkUnit, value: unknown, fields: FieldSettings): unknown {
  if (unit.format !== 'jsonl') return unit.name;
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[fields.idField] : undefined;
}

function readRecord(unit: WorkUnit, value: unknown, id: unknown, fields: FieldSettings): Record_ {
  if (unit.format === 'text') return { text: unit.raw, html: null, url: undefined, head: { id } };
  if (unit.format === 'html') return { text: null, html: unit.raw, url: undefined, head: { id } };
  if (typeof value === 'string') return { text: value, html: null, url: undefined, head: {} };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`expected a JSON object or string, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`);
  }
  const record = value as Record<string, unknown>;
  const head: Record<string, unknown> = {};
  if (id !== undefined) head.id = id;
  for (const key of fields.keep) if (record[key] !== undefined) head[key] = record[key];
  const html = fields.htmlField === null ? undefined : record[fields.htmlField];
  const text = record[fields.textField];
  const url = typeof record[fields.urlField] === 'string' ? (record[fields.urlField] as string) : undefined;
  if (typeof html === 'string') return { text: null, html, url, head };
  if (typeof text === 'string') return { text, html: null, url, head };
  throw new TypeError(missingText(fields, text, html));
}

function missingText(fields: FieldSettings, text: unknown, html: unknown): string {
  const wanted = fields.htmlField === null ? `"${fields.textField}"` : `"${fields.htmlField}" or "${fields.textField}"`;
  if (text === undefined && html === undefined) return `record has no ${wanted} field (see --text-field, --html-field)`;
  const got = text !== undefined ? text : html;
  return `field ${wanted} must be a string, got ${got === null ? 'null' : Array.isArray(got) ? 'an array' : typeof got}`;
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new SyntaxError(`invalid JSON: ${messageOf(error)}`);
  }
}

function clean(record: Record_, settings: RecordSettings): CleanDocument {
  const options = { focus: settings.focus, disable: settings.disable };
  if (record.html !== null) return cleanHtml(record.html, record.url === undefined ? options : { ...options, url: record.url });
  return cleanText(record.text as string, options);
}

/** `{ id, …kept fields, …document }` without copying the document into a new object. */
function serialize(head: Record<string, unknown>, doc: CleanDocument): string {
  const body = JSON.stringify(doc);
  const lead = JSON.stringify(head);
  return lead === '{}' ? body : `${lead.slice(0, -1)},${body.slice(1)}`;
}

/** The fields that place a record in its input: the id when known, the file, the line. */
function locator(unit: WorkUnit, id: unknown): Record<string, unknown> {
  const at: Record<string, unknown> = {};
  if (id !== undefined) at.id = id;
  if (unit.file !== null) at.file = unit.file;
  at.line = unit.line;
  return at;
}

/** One JSON line per removed span, led by the record's locator, for auditing what a corpus lost. */
function removalLines(at: Record<string, unknown>, doc: CleanDocument): string {
  let out = '';
  for (const span of doc.removed) out += `${JSON.stringify({ ...at, ...span })}\n`;
  return out;
}

function count(stats: BatchStats, doc: CleanDocument): void {
  stats.documents++;
  stats.charsIn += doc.stats.charsIn;
  stats.charsOut += doc.stats.charsOut;
  for (const [kind, n] of Object.entries(doc.stats.removedByKind)) stats.removedByKind[kind] = (stats.removedByKind[kind] ?? 0) + n;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
