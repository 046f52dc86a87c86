import type { Detector, Finding, Line } from '../types.js';
import { assertString } from '../ingest/assert.js';
import { contentEnd, contentStart, nonBlankLines, splitLines } from '../ingest/lines.js';
import { endsWithMark } from '../ingest/line-end.js';
import { linesHolding } from '../ingest/lines-holding.js';
import { CODE_TAGS, CSS_AT_RULES, JS_MARKERS, JS_OPENERS, JSON_LD_KEYS, WEAK_JS_OPENERS } from '../rules/code-leaks.js';

type Family = 'js-code' | 'css-code' | 'json-ld' | 'html-markup';

const REASONS: Record<Family, string> = {
  'js-code': 'Unexpected JavaScript leaked into the text, remove it',
  'css-code': 'Unexpected CSS leaked into the text, remove it',
  'json-ld': 'Unexpected JSON-LD leaked into the text, remove it',
  'html-markup': 'Unexpected HTML markup leaked into the text, remove it',
};
const TAGS = new Set<string>(CODE_TAGS);
/** Characters that code is dense in and prose is not (isCodeChar tells them by their codes). */
const CODE_CHAR = /[{}();=[\]<>]/g;
/** Characters a CSS selector is made of. */
const SELECTOR_CHARS = new Set([...'.#-_:>+~,*[]="\'()@% ']);
/** A line of only closing and opening brackets ("});", "},") belongs to the code around it. */
const MAX_BRACKET_LINE = 12;
/** A line of prose has this many words and few code characters. */
const PROSE_WORDS = 6;

/**
 * Find code that a scraper kept from `<script>` and `<style>` elements or
 * inline data: JavaScript statements (`window.dataLayer = …`, `var x = …;`,
 * `(function(){…})()`), CSS rules and at-rules (`.class { color: … }`,
 * `@media …`), JSON-LD (`{"@context": …}`) and leftover tags (`<script …>`).
 * Each line is judged by a linear character scan: a statement opener or
 * several code markers, and the density of code characters; a sentence that
 * merely mentions a function or a variable stays. Lines of brackets only
 * ("});") go with the code next to them.
 *
 * @example detectCodeLeaks('window.dataLayer = window.dataLayer || [];')[0].rule // 'js-code'
 */
export function detectCodeLeaks(text: string, lines: readonly Line[] = splitLines(text)): Finding[] {
  assertString(text, 'detectCodeLeaks');
  const solid = nonBlankLines(lines);
  // Every family needs a bracket, brace, semicolon or angle bracket; most lines hold none.
  const coded = linesHolding(text, solid, CODE_CHAR);
  const families = solid.map((l, k) => (coded[k] ? classify(l.text.trim()) : null));
  for (let k = 0; k < solid.length; k++) {
    if (families[k] !== null || !isBracketLine(solid[k]!.text.trim())) continue;
    families[k] = families[k - 1] ?? families[k + 1] ?? null;
  }
  const out: Finding[] = [];
  solid.forEach((line, k) => {
    const family = families[k];
    if (!family) return;
    const start = contentStart(line);
    const end = contentEnd(line);
    out.push({ kind: 'code-leak', rule: family, start, end, text: text.slice(start, end), reason: REASONS[family] });
  });
  return out;
}

/** Classify a line that holds a code character. */
function classify(line: string): Family | null {
  if (line.length < 3) return null;
  if (isMarkup(line)) return 'html-markup';
  if ((line[0] === '{' || line[0] === '[') && JSON_LD_KEYS.some((k) => line.includes(k))) return 'json-ld';
  if (isAtRule(line) || isCssRule(line)) return 'css-code';
  if (isJavaScript(line)) return 'js-code';
  return null;
}

/** `<script type="…">`, `</div>`, `<!-- … -->`, `//<![CDATA[`: a line that opens with a code tag. */
function isMarkup(line: string): boolean {
  if (line.startsWith('<!--') || line.startsWith('-->') || line.startsWith('//<![CDATA[') || line.startsWith('//]]>') || line.startsWith(']]>')) return true;
  if (line[0] !== '<' || !line.includes('>')) return false;
  let i = line[1] === '/' ? 2 : 1;
  const from = i;
  while (i < line.length && isTagNameChar(line.charCodeAt(i))) i++;
  const name = line.slice(from, i).toLowerCase();
  const after = line[i];
  return TAGS.has(name) && (after === ' ' || after === '>' || after === '/');
}

function isTagNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45;
}

/** `@media (max-width: 600px) {`, `@import url(…);`: an at-rule that opens a block or ends a statement. */
function isAtRule(line: string): boolean {
  if (!CSS_AT_RULES.some((r) => line.startsWith(r) && ' ({'.includes(line[r.length] ?? ''))) return false;
  return line.includes('{') || line.endsWith(';');
}

/**
 * `.class { color: red; }`, `#nav a:hover{text-decoration:none}`, or a run of
 * declarations (`margin: 0 auto; color: #333;`).
 */
function isCssRule(line: string): boolean {
  const open = line.indexOf('{');
  if (open < 0) return line.endsWith(';') && declarations(line) >= 2;
  const selector = line.slice(0, open).trim();
  if (selector === '' || selector.length > 300) return false;
  let marked = false;
  for (const c of selector) {
    if (c === '.' || c === '#' || c === ':') marked = true;
    else if (!SELECTOR_CHARS.has(c) && !isLowerAlnum(c)) return false;
  }
  const body = line.slice(open + 1);
  return (marked || isLowerWords(selector)) && declarations(body.replace('}', ';')) >= 1;
}

/** How many `property: value` declarations a `;`-separated run holds; -1 when a part is something else. */
function declarations(run: string): number {
  let n = 0;
  for (const part of run.split(';')) {
    const p = part.trim();
    if (p === '' || p === '}') continue;
    const colon = p.indexOf(':');
    if (colon <= 0) return -1;
    const prop = p.slice(0, colon).trim();
    for (const c of prop) if (!(isLowerAlnum(c) || c === '-')) return -1;
    if (p.slice(colon + 1).trim() === '') return -1;
    n++;
  }
  return n;
}

function isLowerAlnum(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/** "body", "h1, h2", "ul li": element selectors. */
function isLowerWords(s: string): boolean {
  for (const c of s) if (!(isLowerAlnum(c) || c === ' ' || c === ',' || c === '-')) return false;
  return true;
}

/**
 * A JavaScript statement: it opens like one (`var`, `window.`, `(function`)
 * and ends like one or holds a code marker; or, wherever it starts, it holds
 * several code markers among many code characters. Prose (a sentence of
 * words with a full stop and hardly a bracket) never counts.
 */
function isJavaScript(line: string): boolean {
  const { density, codeChars, words } = shape(line);
  if (words >= PROSE_WORDS && codeChars <= 2 && endsWithMark(line, '.!?')) return false;
  const last = line[line.length - 1]!;
  const endsLikeCode = ';{},()['.includes(last);
  // The markers are counted last, and only when they decide: each is a search of the whole line.
  if (JS_OPENERS.some((o) => line.startsWith(o))) return density >= 0.02 && (endsLikeCode || markersIn(line) > 0);
  if (WEAK_JS_OPENERS.some((o) => line.startsWith(o))) return line.includes('(') && (last === ';' || last === '{') && density >= 0.05;
  return (endsLikeCode && density >= 0.06 && markersIn(line) >= 2) || isAssignmentRun(line);
}

function markersIn(line: string): number {
  return JS_MARKERS.reduce((n, m) => (line.includes(m) ? n + 1 : n), 0);
}

/**
 * `_sf_async_config.uid = 12345; _sf_async_config.domain = 'example.com';`:
 * statements that assign to a dotted name or, two or more, to any name.
 */
function isAssignmentRun(line: string): boolean {
  if (!line.endsWith(';')) return false;
  let n = 0;
  let dotted = false;
  for (const part of line.split(';')) {
    const p = part.trim();
    if (p === '') continue;
    const eq = p.indexOf('=');
    if (eq <= 0 || p[eq + 1] === '=') return false;
    const target = p.slice(0, eq).trim();
    if (target === '' || !isIdentifierChain(target)) return false;
    if (target.includes('.')) dotted = true;
    n++;
  }
  return n >= 2 || (n === 1 && dotted);
}

/** `a`, `window.config.uid`, `$x_1`: names joined by dots, no spaces. */
function isIdentifierChain(s: string): boolean {
  for (const c of s) {
    if (!(isLowerAlnum(c) || (c >= 'A' && c <= 'Z') || c === '_' || c === '$' || c === '.')) return false;
  }
  return !s.startsWith('.') && !s.endsWith('.');
}

/** Share of code characters among the non-space ones, and the word count. */
function shape(line: string): { density: number; codeChars: number; words: number } {
  let solid = 0;
  let codeChars = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32 || c === 9) {
      inWord = false;
      continue;
    }
    solid++;
    if (isCodeChar(c)) codeChars++;
    if (!inWord) words++;
    inWord = true;
  }
  return { density: solid === 0 ? 0 : codeChars / solid, codeChars, words };
}

/** One of the characters of CODE_CHAR: { } ( ) ; = [ ] < > */
function isCodeChar(c: number): boolean {
  return c === 123 || c === 125 || c === 40 || c === 41 || c === 59 || c === 61 || c === 91 || c === 93 || c === 60 || c === 62;
}

function isBracketLine(line: string): boolean {
  if (line.length > MAX_BRACKET_LINE) return false;
  for (const c of line) if (!'{}()[];, '.includes(c)) return false;
  return true;
}

/** The code-leak detector for the default pipeline. */
export const codeLeakDetector: Detector = {
  id: 'code-leak',
  rules: ['js-code', 'css-code', 'json-ld', 'html-markup'],
  detect: ({ text, lines }) => detectCodeLeaks(text, lines),
};
