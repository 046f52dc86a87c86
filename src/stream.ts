import type { CleanDocument } from './types.js';
import type { CleanOptions } from './options.js';
import { resolveOptions } from './options.js';
import { cleanText } from './document.js';
import { cleanHtml } from './html.js';

/** One item of a stream: scraped text, or a record with an id and text or HTML. */
export type StreamItem = string | { id?: string | number; text?: string; html?: string; url?: string };

/** A cleaned document, with the id its item carried. */
export type StreamDocument = CleanDocument & { id?: string | number };

/** Options of {@link cleanStream}: those of cleanText, plus what to do with an item that fails. */
export interface CleanStreamOptions extends CleanOptions {
  /**
   * Called with an item's error instead of ending the stream; the item is
   * then skipped. Default none: the stream throws, naming the item.
   */
  onError?: (error: Error, index: number, item: unknown) => void;
}

/**
 * Clean a stream of texts or records, one document per item, in order. The
 * source is pulled one item at a time, so a generator over a huge file is
 * cleaned in constant memory; records with `html` go through cleanHtml
 * (with their `url`), the rest through cleanText. Options are checked once,
 * when called, not per item. For parallel cleaning, use the CLI's `--workers`.
 *
 * @example for await (const doc of cleanStream([{ id: 'a', text: 'Title\n\nBody.' }])) console.log(doc.id) // 'a'
 */
export function cleanStream(source: AsyncIterable<StreamItem> | Iterable<StreamItem>, options?: CleanStreamOptions): AsyncIterable<StreamDocument> {
  if (source === null || typeof source !== 'object' || !(Symbol.asyncIterator in source || Symbol.iterator in source)) {
    throw new TypeError('cleanStream: source must be an iterable or async iterable of strings or { id, text | html } records');
  }
  const { onError, ...clean } = options ?? {};
  resolveOptions(clean, 'cleanStream');
  if (onError !== undefined && typeof onError !== 'function') throw new TypeError('cleanStream: option "onError" must be a function');
  return documents(source, clean, onError);
}

async function* documents(source: AsyncIterable<StreamItem> | Iterable<StreamItem>, options: CleanOptions, onError: CleanStreamOptions['onError']): AsyncGenerator<StreamDocument> {
  let index = 0;
  for await (const item of source) {
    let doc: StreamDocument | null = null;
    try {
      doc = cleanItem(item, options);
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      if (onError === undefined) throw new Error(`cleanStream: item ${index}${idNote(item)} failed: ${failure.message}`, { cause: failure });
      onError(failure, index, item);
    }
    index++;
    if (doc !== null) yield doc;
  }
}

function cleanItem(item: StreamItem, options: CleanOptions): StreamDocument {
  if (typeof item === 'string') return cleanText(item, options);
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    throw new TypeError(`expected a string or a { id, text | html } record, got ${item === null ? 'null' : Array.isArray(item) ? 'an array' : typeof item}`);
  }
  const doc: CleanDocument =
    typeof item.html === 'string'
      ? cleanHtml(item.html, item.url === undefined ? options : { ...options, url: item.url })
      : typeof item.text === 'string'
        ? cleanText(item.text, options)
        : fail(`record has neither a string "text" nor a string "html"`);
  return item.id === undefined ? doc : { id: item.id, ...doc };
}

function fail(message: string): never {
  throw new TypeError(message);
}

function idNote(item: unknown): string {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? ` (id ${JSON.stringify(id)})` : '';
}
