/**
 * What `decruft report` reads: .txt and .html files, folders of them, and
 * JSONL files of records. It yields raw units (text or HTML with an id); the
 * command cleans them. Kept apart from the main CLI's reader so the report
 * command works on its own and can never disturb a cleaning run.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';

/** One thing to clean and show. */
export interface RawUnit {
  id: string;
  format: 'text' | 'html';
  content: string;
  /** The page's address, from the record's URL field, for cleanHtml. */
  url?: string;
}

/** Which JSONL fields hold the id, the text and the HTML. */
export interface RecordFields {
  textField: string;
  /** Preferred over the text field when given explicitly; otherwise the fallback for records without text. */
  htmlField: string;
  htmlFirst: boolean;
  idField: string;
  urlField: string;
}

/** What one input gave: units, and messages about records it had to skip. */
export interface ReadResult {
  units: RawUnit[];
  skipped: string[];
}

const FORMATS: ReadonlyArray<readonly [string, 'text' | 'html' | 'jsonl']> = [
  ['.jsonl', 'jsonl'], ['.ndjson', 'jsonl'], ['.txt', 'text'], ['.text', 'text'], ['.html', 'html'], ['.htm', 'html'],
];

/**
 * Expand inputs into files in a stable order: files as given, folders
 * recursively and sorted, keeping only names whose ending says the format.
 *
 * @example listReportFiles(['test/fixtures/seeds']).length // 5 (expected.json is skipped)
 */
export function listReportFiles(inputs: readonly string[]): Array<{ path: string; name: string }> {
  const files: Array<{ path: string; name: string }> = [];
  for (const input of inputs) {
    if (statSync(input).isDirectory()) {
      for (const path of walk(input)) if (formatOf(path)) files.push({ path, name: relative(input, path).split(sep).join('/') });
    } else {
      files.push({ path: input, name: basename(input) });
    }
  }
  return files;
}

/**
 * Read one file into units: a whole .txt/.html file is one unit named by the
 * file, a JSONL file one unit per record (id from the id field, else
 * `name:line`). Records with neither field are skipped with a message.
 *
 * @example readReportFile('a.jsonl', 'a.jsonl', fields).units[0].id // 'a.jsonl:1'
 */
export function readReportFile(path: string, name: string, fields: RecordFields): ReadResult {
  const content = readFileSync(path, 'utf8');
  const format = formatOf(path) ?? 'text';
  if (format !== 'jsonl') return { units: [{ id: name, format, content }], skipped: [] };
  const units: RawUnit[] = [];
  const skipped: string[] = [];
  content.split('\n').forEach((line, n) => {
    if (line.trim() === '') return;
    const where = `${name}:${n + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      skipped.push(`${where}: not valid JSON`);
      return;
    }
    const unit = unitOf(record, where, fields);
    if (typeof unit === 'string') skipped.push(`${where}: ${unit}`);
    else units.push(unit);
  });
  return { units, skipped };
}

function unitOf(record: unknown, where: string, fields: RecordFields): RawUnit | string {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return 'not a JSON object';
  const r = record as Record<string, unknown>;
  const text = typeof r[fields.textField] === 'string' ? (r[fields.textField] as string) : null;
  const html = typeof r[fields.htmlField] === 'string' ? (r[fields.htmlField] as string) : null;
  const rawId = r[fields.idField];
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : where;
  const url = r[fields.urlField];
  if (html !== null && (fields.htmlFirst || text === null)) {
    return typeof url === 'string' ? { id, format: 'html', content: html, url } : { id, format: 'html', content: html };
  }
  if (text !== null) return { id, format: 'text', content: text };
  return `no string field "${fields.textField}" or "${fields.htmlField}"`;
}

function formatOf(path: string): 'text' | 'html' | 'jsonl' | null {
  const lower = path.toLowerCase();
  for (const [ending, format] of FORMATS) if (lower.endsWith(ending)) return format;
  return null;
}

function* walk(dir: string): Generator<string> {
  const names = readdirSync(dir).sort();
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}
