/** Control characters other than tab, line feed, vertical tab, form feed and carriage return. */
function isBinaryCode(c: number): boolean {
  return (c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13) || c === 0xfffe || c === 0xffff;
}

/** Share of the sample that may be control characters before the input counts as binary. */
const BINARY_SHARE = 0.01;
const SAMPLE = 65_536;
/** The characters of {@link isBinaryCode}: one native search clears the common input that holds none. */
const BINARY_CODE = /[\0-\x08\x0e-\x1f\ufffe\uffff]/;

/**
 * Refuse input that is too long or is binary data read as text (a PDF, an
 * image, a gzip stream), with an error that says what is wrong and what to
 * do; cleaning such input would only produce a silent, meaningless result.
 *
 * @example assertTextInput('\u0000\u0001…', 'cleanText', 1e6) // throws: input looks binary
 */
export function assertTextInput(text: string, fn: string, maxLength: number): void {
  if (text.length > maxLength) {
    throw new RangeError(`${fn}: input is ${text.length} characters, over the limit of ${maxLength} (option "maxLength"); split it into documents or raise the limit`);
  }
  const n = Math.min(text.length, SAMPLE);
  if (!BINARY_CODE.test(n === text.length ? text : text.slice(0, n))) return;
  let controls = 0;
  for (let i = 0; i < n; i++) if (isBinaryCode(text.charCodeAt(i))) controls++;
  if (controls > 8 && controls / n > BINARY_SHARE) {
    throw new Error(`${fn}: input looks binary (${controls} control characters in the first ${n}); decode it to text first`);
  }
}
