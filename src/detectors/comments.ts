import type { Detector, Finding, Line } from '../types.js';
import { COMMENT_HEADERS } from '../rules/comments.js';
import { isSpaceCode, squash } from '../ingest/whitespace.js';
import { contentEnd, contentStart, splitLines } from '../ingest/lines.js';
import { assertString } from '../ingest/assert.js';

const HEADERS = new Set<string>(COMMENT_HEADERS);
/** "34 responses to “Title”", "[ 167 comments ]", "12 thoughts on …", "Comments (4)". */
const COUNTED = /^[[(]?\s{0,2}\d{1,6}\s{1,2}(?:comments?|responses?|replies|reactions|thoughts|comentários|comentarios|kommentare|commenti|commentaires|komentar|комментари[йяев]{1,2})(?:\s{1,2}(?:to|on)\s.{1,200})?\s{0,2}[\])]?$/iu;
const COUNTED_AFTER = /^(?:comments?|comentários|comentarios|kommentare|commenti|komentar)\s{0,2}[([]\d{1,6}[)\]]$/iu;
/** "thelastchargersfan says:", "Jane Doe said:" — the author line of one comment. */
const AUTHOR_LINE = /^\S.{0,60}\s(?:says|said|wrote|commented|disse|escreveu|dice|dijo|schrieb|a écrit):$/iu;
/**
 * Find the "name says:" author lines of single comments. The comment section
 * itself is cut by the page-furniture detector, which knows where the article
 * body is: a comment header only counts below real article prose, so "12
 * Comments" beside the byline does not swallow the article.
 *
 * @example detectCommentAuthors('joetoronto says:')[0].rule // 'comment-author'
 */
export function detectCommentAuthors(text: string, lines: readonly Line[] = splitLines(text)): Finding[] {
  assertString(text, 'detectCommentAuthors');
  const out: Finding[] = [];
  for (const line of lines) {
    // The author line ends in a colon; most lines do not, and need no more work.
    if (lastVisible(line.text) !== ':') continue;
    const trimmed = squash(line.text);
    if (trimmed !== '' && trimmed.length <= 80 && AUTHOR_LINE.test(trimmed)) {
      out.push(lineFinding(text, line, 'comment-author', 'Unexpected comment author line, remove it'));
    }
  }
  return out;
}

function lastVisible(s: string): string {
  let i = s.length - 1;
  while (i >= 0 && isSpaceCode(s.charCodeAt(i))) i--;
  return i >= 0 ? s[i]! : '';
}

/**
 * A line that opens a comment section: "34 responses to …", "[ 167 comments ]",
 * "Leave a Reply", "Top Rated Comments".
 *
 * @example isCommentHeader('34 responses to “Anthony Lynn”') // true
 */
export function isCommentHeader(line: string): boolean {
  if (line.length > 220) return false;
  // Cheap tests first: a counted header starts with a bracket, white space or a digit ("34 responses"), or ends in a bracket ("Comments (4)").
  return isHeaderLabel(line) || (!isAsciiLetter(line.charCodeAt(0)) && COUNTED.test(line)) || (endsInBracket(line) && COUNTED_AFTER.test(line));
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function endsInBracket(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  return c === 0x29 || c === 0x5d;
}

/** Up to four marks the header's line may end in ("Leave a Reply:"). */
const TRAILING_MARKS = /[\s:.!…»›>|-]{1,4}$/u;
/** WordPress prints the reply form's cancel link on the header's line: "Leave a Reply Cancel reply". */
const CANCEL_LINKS = [' cancel reply', ' cancelar resposta', ' cancelar respuesta', ' cancelar la respuesta', ' annulla risposta', ' annuler la réponse', ' antworten abbrechen', ' batalkan balasan'];
/**
 * The longest line that can still be a header label: lower-casing never
 * shortens a line, and only the marks and a cancel link come off it.
 */
const MAX_LABEL_LINE = Math.max(...COMMENT_HEADERS.map((h) => h.length)) + 4 + Math.max(...CANCEL_LINKS.map((t) => t.length));

/** The first two characters of the headers (all ASCII, all headers longer), as one number: see {@link asciiPairOf}. */
const HEADER_STARTS = new Set(COMMENT_HEADERS.map((h) => asciiPairOf(h)));

/** The first two code units of `s` lower-cased, as one number, when both are ASCII (which lower-case on their own); -1 otherwise. */
function asciiPairOf(s: string): number {
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(1);
  if (!(a < 128 && b < 128)) return -1;
  return (a >= 65 && a <= 90 ? a + 32 : a) * 128 + (b >= 65 && b <= 90 ? b + 32 : b);
}

/** A known header, in any case, with its trailing marks and cancel link. */
function isHeaderLabel(line: string): boolean {
  // Cheap tests first: article lines are longer than any header, and a key
  // long enough to be one starts with the line's first two characters lower-cased.
  if (line.length > MAX_LABEL_LINE) return false;
  const pair = asciiPairOf(line);
  if (pair >= 0 && !HEADER_STARTS.has(pair)) return false;
  return HEADERS.has(withoutCancel(line.toLowerCase().replace(TRAILING_MARKS, '')));
}

function withoutCancel(key: string): string {
  const tail = CANCEL_LINKS.find((t) => key.endsWith(t));
  return tail ? key.slice(0, key.length - tail.length) : key;
}

function lineFinding(text: string, line: Line, rule: string, reason: string): Finding {
  const start = contentStart(line);
  const end = contentEnd(line);
  return { kind: 'comments', rule, start, end, text: text.slice(start, end), reason };
}

/** The comment-author detector for the default pipeline. */
export const commentsDetector: Detector = {
  id: 'comments',
  rules: ['comment-author'],
  detect: ({ text, lines }) => detectCommentAuthors(text, lines),
};
