/**
 * The public shapes of decruft: findings from detectors, the spans the
 * document records, and the document itself. Everything here is plain data,
 * so a document survives `JSON.stringify` unchanged.
 */

/** What a removed span was. The seed kinds come first; later kinds extend the list. */
export type RemovalKind =
  | 'title'
  | 'subtitle'
  | 'duplicate-title'
  | 'timestamp'
  | 'dateline'
  | 'icon-run'
  | 'serialized-blob'
  | 'player-timer'
  | 'read-more'
  | 'breadcrumb'
  | 'caption'
  | 'navigation'
  | 'footer'
  | 'share'
  | 'advertisement'
  | 'cookie-notice'
  | 'newsletter'
  | 'related'
  | 'comments'
  | 'byline'
  | 'image-credit'
  | 'tags'
  | 'code-leak'
  | 'author-bio'
  | 'boilerplate'
  | (string & {});

/** A related article recovered from debris (a serialized list, a "READ MORE:" line). */
export interface RelatedArticle {
  title: string;
  id?: string;
  url?: string;
  image?: string;
}

/** A photo caption recovered from debris, with its agency or photographer credit. */
export interface Caption {
  text: string;
  credit?: string;
}

/** A dateline opening the story: `MOSCOW, October 6. /TASS/.` */
export interface Dateline {
  raw: string;
  place: string;
  date: string | null;
  agency: string | null;
}

/** What a detector recognised inside the debris it found, kept by the document. */
export interface Salvage {
  title?: string;
  subtitle?: string;
  /** ISO 8601 as far as the source goes. */
  published?: string;
  dateline?: Dateline;
  related?: RelatedArticle[];
  captions?: Caption[];
  authors?: string[];
}

/**
 * One piece of debris a detector found. Offsets are UTF-16 code-unit offsets
 * into the text the detector was given; `text === input.slice(start, end)`.
 */
export interface Finding {
  kind: RemovalKind;
  /** Stable kebab-case id of the rule that fired; never renamed once released. */
  rule: string;
  start: number;
  end: number;
  text: string;
  /** Why it is debris, worded "Unexpected …, remove …". */
  reason: string;
  salvage?: Salvage;
}

/** A removal as the document records it. */
export interface RemovedSpan {
  kind: RemovalKind;
  rule: string;
  start: number;
  end: number;
  text: string;
}

/**
 * A repair of the input text: `text` at `start..end` (offsets into the input)
 * reads as `replacement` in the block text. Repairs never move offsets.
 */
export interface Repair {
  kind: 'mojibake' | 'entity' | 'invisible' | 'quote' | 'dash';
  rule: string;
  start: number;
  end: number;
  text: string;
  replacement: string;
}

/** Which repairs run. Default: mojibake, entities and invisible on; quotes and dashes off. */
export interface RepairOptions {
  mojibake?: boolean;
  entities?: boolean;
  invisible?: boolean;
  /** Typographic quotes to ASCII. */
  quotes?: boolean;
  /** En and em dashes to ASCII hyphens. */
  dashes?: boolean;
}

/** A sentence of a block; `start`/`end` are offsets into the input. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** A heading or paragraph of the body, in reading order. */
export interface Block {
  type: 'heading' | 'paragraph';
  /** The block's text, normalised: no-break spaces become spaces, runs of white space one space. */
  text: string;
  /** Source span of the block in the input. */
  start: number;
  end: number;
  sentences: Sentence[];
}

/** Counts that summarise one cleaning. */
export interface CleanStats {
  charsIn: number;
  charsOut: number;
  removedByKind: Record<string, number>;
  paragraphs: number;
  headings: number;
  sentences: number;
}

/** The result of cleaning one document. A plain JSON-serialisable object. */
export interface CleanDocument {
  title: string | null;
  subtitle: string | null;
  published: string | null;
  dateline: Dateline | null;
  authors: string[];
  blocks: Block[];
  /** The body: the blocks' text joined by blank lines. */
  text: string;
  removed: RemovedSpan[];
  /** Repairs applied to block text (mojibake, entities, invisible characters…), in input order. */
  repairs: Repair[];
  related: RelatedArticle[];
  captions: Caption[];
  stats: CleanStats;
  /** Set when the input was cut or a budget ran out; the document says so rather than hiding it. */
  warnings: string[];
  /** cleanHtml only: the text rendering of the page that every offset refers to. */
  source?: string;
  /** cleanHtml only: page metadata. */
  page?: PageMeta;
}

/** A line of the input with its offsets (the newline excluded). */
export interface Line {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** What a detector sees: the input, its lines, and what earlier detectors found. */
export interface DetectorContext {
  text: string;
  lines: readonly Line[];
  /** Findings of the detectors that ran before this one, in order. */
  findings: readonly Finding[];
  focus: Focus;
}

/** How hard to cut: `precision` keeps more, `recall` removes more. */
export type Focus = 'precision' | 'balanced' | 'recall';

/**
 * A detector: a pure function from text (plus context) to findings. It never
 * edits the text; the document applies all findings in one step.
 */
export interface Detector {
  /** Stable id; `disable: [id]` turns the whole detector off. */
  id: string;
  /** The rule ids this detector can emit, for documentation and `disable`. */
  rules: readonly string[];
  detect(context: DetectorContext): Finding[];
}

/** Page metadata that only HTML input carries (cleanHtml). */
export interface PageMeta {
  url: string | null;
  siteName: string | null;
  language: string | null;
  description: string | null;
}
