/** One line of an input, without its line break, numbered from 1. */
export interface NumberedLine {
  line: number;
  text: string;
  /** Bytes the line took in the input, its break included. */
  bytes: number;
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Split a byte stream into lines, holding at most one partial line between
 * chunks, so memory stays bounded by the longest line rather than the input.
 * Lines are decoded as UTF-8 only once complete, so a character split across
 * chunks decodes correctly; a BOM at the start and `\r` before `\n` are dropped.
 *
 * @example for await (const { line, text } of readLines(createReadStream('in.jsonl'))) …
 */
export async function* readLines(chunks: AsyncIterable<Buffer>): AsyncGenerator<NumberedLine> {
  let carry: Buffer[] = [];
  let carryBytes = 0;
  let line = 0;
  for await (const chunk of chunks) {
    let start = 0;
    let end = chunk.indexOf(NEWLINE, start);
    while (end !== -1) {
      const piece = chunk.subarray(start, end);
      const bytes = carryBytes + piece.length + 1;
      const whole = carry.length === 0 ? piece : Buffer.concat([...carry, piece]);
      carry = [];
      carryBytes = 0;
      yield { line: ++line, text: decode(whole, line), bytes };
      start = end + 1;
      end = chunk.indexOf(NEWLINE, start);
    }
    if (start < chunk.length) {
      carry.push(chunk.subarray(start));
      carryBytes += chunk.length - start;
    }
  }
  if (carryBytes > 0) yield { line: ++line, text: decode(Buffer.concat(carry), line), bytes: carryBytes };
}

function decode(bytes: Buffer, line: number): string {
  let end = bytes.length;
  if (end > 0 && bytes[end - 1] === CARRIAGE_RETURN) end--;
  const start = line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return bytes.toString('utf8', start, end);
}
