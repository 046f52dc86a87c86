/**
 * `decruft report <input…> -o report.html`: clean the inputs and write the
 * audit report, one self-contained HTML file showing every removal over its
 * input. main.ts hands over the arguments after `report`.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Focus } from '../types.js';
import type { ReportItem } from '../report/types.js';
import type { RawUnit } from '../report/read-inputs.js';
import { listReportFiles, readReportFile } from '../report/read-inputs.js';
import { renderReport } from '../report/render.js';
import { cleanText } from '../document.js';
import { cleanHtml } from '../html.js';

const USAGE = `Usage: decruft report <file|folder…> -o report.html [options]

Cleans .txt and .html files (folders are read recursively) and JSONL records,
and writes one HTML file that shows every removal over its input.

Options:
  -o, --output <file>     where to write the report (required; '-' for stdout)
      --text-field <name> JSONL field with scraped text (default "text")
      --html-field <name> JSONL field with HTML; when given, it wins over the
                          text field (default "html", used for records without text)
      --id-field <name>   JSONL field naming a record (default "id")
      --url-field <name>  JSONL field with the page's URL, for HTML (default "url")
      --focus <preset>    precision | balanced | recall (default balanced)
      --limit <n>         report only the first n documents
      --title <text>      heading of the report (default "decruft report")
  -h, --help              show this help
`;

const FOCUS = new Set<string>(['precision', 'balanced', 'recall']);
const MAX_SKIP_MESSAGES = 5;

/** A mistake on the command line: exit code 2, with the usage. */
class UsageError extends Error {}

/**
 * Run the command; resolves to the exit code (0 written, 1 failed, 2 usage).
 *
 * @example await runReportCommand(['examples/data', '-o', 'report.html']) // 0
 */
export async function runReportCommand(argv: string[]): Promise<number> {
  try {
    const args = parse(argv);
    if (args === 'help') {
      process.stdout.write(USAGE);
      return 0;
    }
    const units = collect(args.inputs, args);
    const items: ReportItem[] = [];
    let failed = 0;
    for (const unit of units.slice(0, args.limit)) {
      try {
        items.push(clean(unit, args.focus));
      } catch (error) {
        failed++;
        process.stderr.write(`decruft report: ${unit.id}: ${(error as Error).message}\n`);
      }
    }
    if (items.length === 0) throw new Error('no documents to report');
    const html = renderReport(items, args.title === undefined ? {} : { title: args.title });
    if (args.output === '-') process.stdout.write(html);
    else writeFileSync(args.output, html);
    const note = failed > 0 ? `, ${failed} failed` : '';
    process.stderr.write(`decruft report: ${items.length} documents${note} → ${args.output === '-' ? 'stdout' : args.output}\n`);
    return 0;
  } catch (error) {
    const usage = error instanceof UsageError;
    process.stderr.write(`decruft report: ${(error as Error).message}\n${usage ? `\n${USAGE}` : ''}`);
    return usage ? 2 : 1;
  }
}

interface ReportArgs {
  inputs: string[];
  output: string;
  textField: string;
  htmlField: string;
  htmlFirst: boolean;
  idField: string;
  urlField: string;
  focus: Focus | undefined;
  limit: number | undefined;
  title: string | undefined;
}

function parse(argv: string[]): ReportArgs | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        'text-field': { type: 'string', default: 'text' },
        'html-field': { type: 'string' },
        'id-field': { type: 'string', default: 'id' },
        'url-field': { type: 'string', default: 'url' },
        focus: { type: 'string' },
        limit: { type: 'string' },
        title: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length === 0) throw new UsageError('no input given: pass .txt/.html/.jsonl files or folders');
  if (!values.output) throw new UsageError('no output given: pass -o report.html');
  if (values.focus !== undefined && !FOCUS.has(values.focus)) throw new UsageError(`--focus must be precision, balanced or recall, not "${values.focus}"`);
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw new UsageError(`--limit must be a positive whole number, not "${values.limit}"`);
  return {
    inputs: positionals,
    output: values.output,
    textField: values['text-field'],
    htmlField: values['html-field'] ?? 'html',
    htmlFirst: values['html-field'] !== undefined,
    idField: values['id-field'],
    urlField: values['url-field'],
    focus: values.focus as Focus | undefined,
    limit,
    title: values.title,
  };
}

function collect(inputs: string[], fields: ReportArgs): RawUnit[] {
  const units: RawUnit[] = [];
  const skipped: string[] = [];
  for (const file of listReportFiles(inputs)) {
    const result = readReportFile(file.path, file.name, fields);
    units.push(...result.units);
    skipped.push(...result.skipped);
  }
  for (const message of skipped.slice(0, MAX_SKIP_MESSAGES)) process.stderr.write(`decruft report: skipped ${message}\n`);
  if (skipped.length > MAX_SKIP_MESSAGES) process.stderr.write(`decruft report: skipped ${skipped.length - MAX_SKIP_MESSAGES} more records\n`);
  return units;
}

function clean(unit: RawUnit, focus: Focus | undefined): ReportItem {
  const options = focus === undefined ? {} : { focus };
  const doc = unit.format === 'html'
    ? cleanHtml(unit.content, unit.url === undefined ? options : { ...options, url: unit.url })
    : cleanText(unit.content, options);
  return { id: unit.id, input: unit.content, doc };
}
