import type { Block, CleanDocument, Detector, Finding, Line, RemovedSpan, Repair } from './types.js';
import type { CleanOptions, ResolvedOptions } from './options.js';
import { resolveOptions } from './options.js';
import { assertString } from './ingest/assert.js';
import { assertTextInput } from './ingest/guard.js';
import { splitLines } from './ingest/lines.js';
import { applyFindings, keptRanges } from './removals.js';
import { buildBlocks } from './segment/blocks.js';
import { defaultDetectors } from './detectors/index.js';
import { collectSalvage } from './salvage/collect.js';
import { findRepairs } from './repair/find-repairs.js';
import { boilerplateDetector } from './boilerplate/learn.js';

/** What a caller (cleanHtml) already knows before the text detectors run. */
export interface PriorKnowledge {
  /** Removals already decided, e.g. the navigation of an HTML page. */
  findings?: readonly Finding[];
  /** Metadata that wins over what the text detectors salvage. */
  meta?: Partial<Pick<CleanDocument, 'title' | 'subtitle' | 'published' | 'authors' | 'captions' | 'related' | 'page'>>;
  warnings?: readonly string[];
}

/** Detector ids that judge structure on what the debris detectors left; user detectors run before them. */
const STRUCTURE_DETECTORS = new Set(['headline', 'dateline']);

/**
 * Clean scraped text into a structured document: every piece of debris is
 * removed and recorded with its kind, rule and offsets, what it held is
 * salvaged, and the rest becomes headings and paragraphs with sentences.
 *
 * @example cleanText('Title\n\nREAD MORE: Other story\n\nBody text.').related // [{ title: 'Other story' }]
 */
export function cleanText(text: string, options?: CleanOptions): CleanDocument {
  assertString(text, 'cleanText');
  return buildDocument(text, resolveOptions(options, 'cleanText'));
}

/**
 * Run the pipeline on `source` with resolved options, after any removals the
 * caller already decided. cleanText and cleanHtml both end here.
 */
export function buildDocument(source: string, options: ResolvedOptions, prior: PriorKnowledge = {}): CleanDocument {
  assertTextInput(source, 'cleanText', options.maxLength);
  const lines = splitLines(source);
  const warnings = [...(prior.warnings ?? [])];
  const findings = runDetectors(source, lines, pipelineOf(options), options, prior.findings ?? [], warnings);
  const { removed, kept } = applyFindings(source, findings);
  const repairs: Repair[] = [];
  const blocks = buildBlocks(source, lines, removed, options.repair ? findRepairs(source, options.repair) : [], repairs);
  const allRemoved = accountForInvisible(source, blocks, removed);
  const salvage = collectSalvage(kept);
  const meta = prior.meta ?? {};
  const paragraphs = blocks.filter((b) => b.type === 'paragraph').length;
  const body = blocks.map((b) => b.text).join('\n\n');
  return {
    title: meta.title ?? salvage.title ?? null,
    subtitle: meta.subtitle ?? salvage.subtitle ?? null,
    published: meta.published ?? salvage.published ?? null,
    dateline: salvage.dateline ?? null,
    authors: meta.authors ?? salvage.authors,
    blocks,
    text: body,
    removed: allRemoved,
    repairs,
    related: [...(meta.related ?? []), ...salvage.related],
    captions: [...(meta.captions ?? []), ...salvage.captions],
    stats: {
      charsIn: source.length,
      charsOut: body.length,
      removedByKind: countByKind(allRemoved),
      paragraphs,
      headings: blocks.length - paragraphs,
      sentences: blocks.reduce((n, b) => n + b.sentences.length, 0),
    },
    warnings,
  };
}

/**
 * The detectors to run: defaults minus disabled ones, user detectors before
 * the structure detectors, and a boilerplate model's detector just before
 * the page-furniture detector (so specific kinds win, and the region finder
 * sees the batch's repeated lines as claimed).
 */
function pipelineOf(options: ResolvedOptions): Detector[] {
  const enabled = (d: Detector) => !options.disable.has(d.id);
  const debris: Detector[] = defaultDetectors.filter((d) => !STRUCTURE_DETECTORS.has(d.id));
  if (options.boilerplate) {
    const at = debris.findIndex((d) => d.id === 'page-furniture');
    debris.splice(at < 0 ? debris.length : at, 0, boilerplateDetector(options.boilerplate));
  }
  const structure = defaultDetectors.filter((d) => STRUCTURE_DETECTORS.has(d.id));
  return [...debris, ...options.detectors, ...structure].filter(enabled);
}

/**
 * Run the detectors in order, each seeing the findings before it. When the
 * time budget runs out, the rest are skipped and a warning names them.
 */
function runDetectors(text: string, lines: Line[], detectors: Detector[], options: ResolvedOptions, prior: readonly Finding[], warnings: string[]): Finding[] {
  const findings: Finding[] = [...prior];
  const started = performance.now();
  for (const [n, detector] of detectors.entries()) {
    if (performance.now() - started > options.timeBudgetMs) {
      const skipped = detectors.slice(n).map((d) => d.id);
      warnings.push(`time budget of ${options.timeBudgetMs} ms ran out; detectors skipped: ${skipped.join(', ')}`);
      break;
    }
    const found = detector.detect({ text, lines, findings, focus: options.focus });
    for (const f of found) {
      if (options.disable.has(f.rule)) continue;
      checkFinding(f, text, detector.id);
      findings.push(f);
    }
  }
  return findings;
}

/** A detector's finding must quote the input at its offsets; a custom detector that gets this wrong is told so. */
function checkFinding(f: Finding, text: string, id: string): void {
  if (!Number.isInteger(f.start) || !Number.isInteger(f.end) || f.start < 0 || f.end > text.length || f.start > f.end) {
    throw new RangeError(`detector "${id}": finding offsets ${f.start}..${f.end} are outside the input (0..${text.length})`);
  }
  if (text.slice(f.start, f.end) !== f.text) {
    throw new Error(`detector "${id}": finding text does not match the input at ${f.start}..${f.end}`);
  }
}

/**
 * Characters that are neither in a block nor removed and yet are not white
 * space to JavaScript (zero-width spaces, word joiners, BOMs on lines of
 * their own) are recorded as removals, so nothing leaves the text unaccounted.
 */
function accountForInvisible(text: string, blocks: readonly Block[], removed: RemovedSpan[]): RemovedSpan[] {
  const covered = [...removed, ...blocks].sort((a, b) => a.start - b.start);
  const extra: RemovedSpan[] = [];
  for (const [a, b] of keptRanges(text.length, covered)) {
    let i = a;
    while (i < b) {
      if (!/\S/.test(text[i]!)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < b && /\S/.test(text[j]!)) j++;
      extra.push({ kind: 'invisible', rule: 'invisible-character', start: i, end: j, text: text.slice(i, j) });
      i = j;
    }
  }
  if (extra.length === 0) return removed;
  return [...removed, ...extra].sort((x, y) => x.start - y.start);
}

function countByKind(removed: readonly RemovedSpan[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of removed) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
  return counts;
}
