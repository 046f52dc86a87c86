import { Readable, pipeline } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import type { Writable } from 'node:stream';

/** The two bytes every gzip stream starts with (RFC 1952). */
const GZIP_MAGIC = [0x1f, 0x8b] as const;

/**
 * Yield the bytes of `raw`, gunzipped when they start with the gzip magic
 * bytes. Sniffing the content rather than trusting a `.gz` name means
 * `zcat`-less pipes (`aws s3 cp s3://…/part.gz - | decruft`) work as well.
 *
 * @example for await (const chunk of maybeGunzip(createReadStream('in.jsonl.gz'))) …
 */
export async function* maybeGunzip(raw: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const it = raw[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  const head: Buffer = first.value;
  const rest = { [Symbol.asyncIterator]: () => it };
  if (head[0] !== GZIP_MAGIC[0] || head[1] !== GZIP_MAGIC[1]) {
    yield head;
    yield* rest;
    return;
  }
  const compressed = Readable.from(prepend(head, rest), { objectMode: false });
  // pipeline forwards a read error or a corrupt stream to the gunzip side, where iterating throws it.
  const gunzip = pipeline(compressed, createGunzip(), () => {});
  yield* gunzip as AsyncIterable<Buffer>;
}

async function* prepend(head: Buffer, rest: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  yield head;
  yield* rest;
}

/**
 * Put a gzip stage in front of `sink` when asked, and return the stream to
 * write to. Node's gzip writes no timestamp, so the same documents give the
 * same bytes on every run.
 *
 * @example const head = gzipInto(createWriteStream('out.jsonl.gz'), true)
 */
export function gzipInto(sink: Writable, gzip: boolean): Writable {
  if (!gzip) return sink;
  const zip = createGzip();
  zip.on('error', (error) => sink.destroy(error));
  zip.pipe(sink);
  return zip;
}
