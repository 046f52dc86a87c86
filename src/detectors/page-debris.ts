import type { Detector, Finding, Focus, Line } from '../types.js';
import {
  BROWSER_CONTEXT, BROWSER_WORDS, CONSENT_CONTEXT, COOKIE_WORDS, DATA_NOTICE_WORDS, DEBRIS_GROUPS, LEGAL_WORDS, NEWSLETTER_WORDS, PROMPT_VERBS, READER_WORDS, SHARE_ANCHORS, SHARE_WORDS,
} from '../rules/page-debris.js';
import type { DebrisGroup } from '../rules/page-debris.js';
import { NEWS_AGENCIES } from '../rules/news-agencies.js';
import { contentStart, splitLines } from '../ingest/lines.js';
import { pageLines } from '../ingest/page-lines.js';
import { assertString } from '../ingest/assert.js';
import { wordsIn } from '../ingest/words.js';
import type { WordShape } from '../ingest/words.js';

const LABELS = new Map<string, DebrisGroup>();
for (const group of DEBRIS_GROUPS) for (const label of group.labels) if (!LABELS.has(label)) LABELS.set(label, group);
const AGENCIES = new Set<string>(NEWS_AGENCIES.map((a) => a.toLowerCase()));
/** Labels are short; longer lines are checked only by the sentence-level rules. */
const MAX_LABEL = 120;
const MAX_NOTICE = 700;
/** What `\s` matches in JavaScript, as character codes (a number lookup needs no one-character string). */
const JS_SPACE = codesOf(`\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff${Array.from({ length: 11 }, (_, k) => String.fromCharCode(0x2000 + k)).join('')}`);
/** Bullets and arrows before a label and marks after it: "• Comments (12)", "Share 34 »". */
const LEADING_EDGE = new Set([...JS_SPACE, ...codesOf('•·|»›>→*#-–—:')]);
const TRAILING_EDGE = new Set([...JS_SPACE, ...codesOf(':.!…»›>|→-–—')]);

function codesOf(chars: string): Set<number> {
  return new Set(Array.from(chars, (c) => c.charCodeAt(0)));
}
/** Words as the vocabularies count them: letters and numbers, inner apostrophes, `+` and `-` ("google+", "e-mail"). */
const WORD_SHAPE: WordShape = { inner: [0x27, 0x2019, 0x2b, 0x2d], maxTail: 30 };
const TAGS = /^(?:tags?|tagged(?: with| as)?|topics?|filed under|categories|category|keywords|temas|etiquetas|schlagwörter|теги|label)\s{0,2}[:：]/iu;
const CREDIT = /^(?:photos?|images?|pictures?|photograph|illustration|credits?|foto|fotos|bild|imagem|imagen|фото)(?: credit| by| courtesy of| courtesy)?\s{0,2}[:：]/iu;
const GALLERY = /^(?:image|photo|slide|picture)\s{1,2}\d{1,4}\s{1,2}(?:of|\/|of \/)\s{1,2}\d{1,4}$|^\d{1,4}\s{1,2}\/\s{1,2}\d{1,4}$|^\d{1,4}\s{1,2}(?:photos|images|pictures|fotos)$/iu;
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)/iu;
/** The characters COPYRIGHT can start with (no other character folds to "c"). */
const COPYRIGHT_START = new Set(['©', '(', 'c', 'C']);
/** A slide's caption with its counter glued on: "1of4Grass Valley's Dionicio Torres looks at …". */
const GALLERY_CAPTION = /^\d{1,3} ?of ?\d{1,3}\p{Lu}/u;

/**
 * Find whole lines of page debris: interface labels (share bars, "Advertisement",
 * "Skip to content", "Leave a reply", "Privacy Policy"), consent banners,
 * newsletter prompts, tag lists, photo credits, gallery counters and legal
 * notices. Every kind keeps its own rule id. Labels must make the whole line,
 * so prose that mentions them survives; `focus: 'precision'` skips one-word
 * labels, which double as subheadings.
 *
 * @example detectPageDebris('Share this:\nFacebook Twitter Email')[0].kind // 'share'
 */
export function detectPageDebris(text: string, lines: readonly Line[] = splitLines(text), focus: Focus = 'balanced'): Finding[] {
  assertString(text, 'detectPageDebris');
  const out: Finding[] = [];
  // Navigation and label lines recur on a page (a quarter of the short ones): each is classified once.
  const known = new Map<string, Hit | null>();
  const { squashed: squashedLines, lower: lowerLines } = pageLines(text, lines);
  for (const line of lines) {
    const squashed = squashedLines[line.index]!;
    // squash trims all the white space trim does, and more: a line it leaves as it is is its own trimmed text and lower case.
    const untouched = squashed === line.text;
    const trimmed = untouched ? line.text : line.text.trim();
    if (trimmed === '' || trimmed.length > MAX_NOTICE) continue;
    let hit = known.get(squashed);
    if (hit === undefined) {
      hit = classify(squashed, untouched ? lowerLines[line.index]! : squashed.toLowerCase(), focus);
      if (squashed.length <= MAX_LABEL) known.set(squashed, hit);
    }
    if (!hit) continue;
    const start = untouched ? line.start : contentStart(line);
    const end = start + trimmed.length;
    out.push({ kind: hit.kind, rule: hit.rule, start, end, text: text.slice(start, end), reason: hit.reason });
  }
  return out;
}

type Hit = { kind: string; rule: string; reason: string };

/** Characters that the label rules below need somewhere in a short line; one scan finds them all. */
const COLON = 1;
const DIGIT = 2;
/** What {@link isCreditLine} splits parts at. */
const CREDIT_SEPARATOR = 4;
/** What {@link isLinkRow} splits parts at. */
const LINK_SEPARATOR = 8;
/** What {@link QUOTE} matches. */
const QUOTE_MARK = 16;

function marksOf(text: string): number {
  let marks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Most characters are ASCII: one load, no chain of tests.
    marks |= c < 128 ? ASCII_MARKS[c]! : markOf(c);
  }
  return marks;
}

/** The mark bits of each ASCII character. */
const ASCII_MARKS = Uint8Array.from({ length: 128 }, (_, c) => markOf(c));

/** The mark bits of one character. */
function markOf(c: number): number {
  if (c >= 48 && c <= 57) return DIGIT;
  if (c === 0x3a || c === 0xff1a) return COLON;
  if (c === 0x2f || c === 0x7c) return CREDIT_SEPARATOR | LINK_SEPARATOR;
  if (c === 0x2c || c === 0x3b) return CREDIT_SEPARATOR;
  if (c === 0x2022 || c === 0xb7) return LINK_SEPARATOR;
  if (c === 0x22 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb) return QUOTE_MARK;
  return 0;
}

/** The vocabularies a word belongs to, as bits, so one lookup per word serves every sentence-level rule. */
const READER = 1;
const COOKIE = 2;
const CONSENT = 4;
const BROWSER = 8;
const NEWSLETTER = 16;
const PROMPT = 32;
const LEGAL = 64;
const YOU = 128;
const ROLES = new Map<string, number>();
for (const [set, role] of [
  [READER_WORDS, READER], [COOKIE_WORDS, COOKIE], [CONSENT_CONTEXT, CONSENT], [BROWSER_WORDS, BROWSER], [NEWSLETTER_WORDS, NEWSLETTER],
  [PROMPT_VERBS, PROMPT], [LEGAL_WORDS, LEGAL], [new Set(['you', 'your']), YOU],
] as const) for (const word of set) ROLES.set(word, (ROLES.get(word) ?? 0) | role);

/**
 * Every notice below needs a cookie, browser, newsletter or legal word, or
 * "you"; a word is a slice of the lower-cased line, so a line that holds none
 * of these anywhere needs no word scan. The test beside it holds it to the
 * vocabularies: each of their words holds one of these.
 */
export const NOTICE_WORD = /cookie|gdpr|browser|javascript|newsletter|inbox|subscri|spam|activation|you|copyright|trademark|registered|rights|reserved|terms|privacy|policy|liability|affiliate|disclaimer|consent|agreement|licen|permission|reproduced|redistributed|republished|rewritten|broadcast|prohibited|commission|compensation|constitutes|acceptance|distributed|transmitted|cached/;

function rolesOf(words: readonly string[]): number {
  let roles = 0;
  for (const w of words) roles |= ROLES.get(w) ?? 0;
  return roles;
}

/**
 * A share bar needs a share anchor, and a word is a slice of the lower-cased
 * line, so a line that holds none of these needs no word scan for it. The
 * test beside it holds it to SHARE_ANCHORS: each of them holds one of these.
 */
export const SHARE_ANCHOR_TEXT = /share|tweet|facebook|twitter|linkedin|pinterest|pint|reddit|whatsapp|telegram|messenger|tumblr|flipboard|instagram|youtube|vk|compartilhar|compartir|partager|teilen|condividi|bagikan|поделиться|email|print/;

/** Quoted speech: a notice that quotes someone is prose. */
const QUOTE = /["“”«»]/u;

/** The hit for `text`, a squashed line, and `lower`, its lower case, or null. */
function classify(text: string, lower: string, focus: Focus): Hit | null {
  // Lower-casing leaves digits and marks as they are, and the lower case is a flat string, faster to index than a slice of the page.
  const marks = text.length <= MAX_LABEL ? marksOf(lower) : 0;
  let words: string[] | null = null;
  if (text.length <= MAX_LABEL) {
    const key = labelKey(lower);
    const group = LABELS.get(key);
    if (group && (focus !== 'precision' || key.includes(' '))) return group;
    if (relatedHeader(text, key)) return { kind: 'related', rule: 'related-header', reason: 'Unexpected header of a related-stories list, remove it' };
    if (SHARE_ANCHOR_TEXT.test(lower)) words = wordsIn(lower, WORD_SHAPE);
    if (words !== null && isShareBar(words)) return { kind: 'share', rule: 'share-bar', reason: 'Unexpected share bar, remove it' };
    if (marks & COLON && TAGS.test(text)) return { kind: 'tags', rule: 'tag-list', reason: 'Unexpected tag list, remove it' };
    if (marks & DIGIT && GALLERY.test(lower)) return { kind: 'image-credit', rule: 'gallery-counter', reason: 'Unexpected gallery counter, remove it' };
  }
  if (isAsciiDigit(text.charCodeAt(0)) && GALLERY_CAPTION.test(text)) return { kind: 'caption', rule: 'gallery-caption', reason: 'Unexpected gallery caption, remove it' };
  if (text.length <= MAX_LABEL) {
    if (isCreditLine(text, lower, marks)) return { kind: 'image-credit', rule: 'credit-line', reason: 'Unexpected photo credit, remove it' };
    if (marks & LINK_SEPARATOR && isLinkRow(lower)) return { kind: 'footer', rule: 'footer-link', reason: 'Unexpected row of footer links, remove it' };
  }
  if (text.length < 300 && COPYRIGHT_START.has(text[0]!) && COPYRIGHT.test(text)) return { kind: 'footer', rule: 'copyright', reason: 'Unexpected copyright line, remove it' };
  // Notices address the reader ("we use cookies on our site"); quoted speech is prose. A short line's mark scan found its quotes.
  if (text.length <= MAX_LABEL ? marks & QUOTE_MARK : QUOTE.test(text)) return null;
  if (words === null) {
    // Cheap test first on a line with no word list yet.
    if (!NOTICE_WORD.test(lower)) return null;
    words = wordsIn(lower, WORD_SHAPE);
  }
  const roles = rolesOf(words);
  if (!(roles & READER)) return null;
  if (roles & COOKIE && roles & CONSENT) {
    return { kind: 'cookie-notice', rule: 'cookie-banner', reason: 'Unexpected cookie or consent notice, remove it' };
  }
  if (text.length < 300 && roles & BROWSER && distinct(words, BROWSER_CONTEXT) >= 2) {
    return { kind: 'navigation', rule: 'browser-notice', reason: 'Unexpected notice about the browser, remove it' };
  }
  if (text.length < 300 && roles & NEWSLETTER && roles & PROMPT) {
    return { kind: 'newsletter', rule: 'newsletter-prompt', reason: 'Unexpected newsletter prompt, remove it' };
  }
  if (roles & LEGAL && distinct(words, LEGAL_WORDS) >= (focus === 'recall' ? 3 : 4)) return { kind: 'footer', rule: 'legal-notice', reason: 'Unexpected legal notice, remove it' };
  if (roles & YOU && distinct(words, DATA_NOTICE_WORDS) >= 4) {
    return { kind: 'footer', rule: 'legal-notice', reason: 'Unexpected data-protection notice, remove it' };
  }
  return null;
}

/** "More Washington Examiner", "More from Business": a short title-case pointer to more stories. */
const MORE_FROM = /^(?:[Mm]ore|MORE|[Aa]lso from|[Ll]atest from|[Oo]ther stories from)(?: (?:from|on|in|stories from|news from))?\s\p{Lu}[\p{L}\p{N}'’&.\s-]{0,40}$/u;
/** The letters every opening MORE_FROM accepts starts with: a cheap test of one character first. */
const MORE_FROM_START = codesOf('MmAaLlOo');

/** The longest line read as a related-stories header. */
export const MAX_RELATED_HEADER = 60;

const RELATED_FROM = /^([\p{L}'’ ]{3,40}?) (?:from|on|in|about) \S/u;
/** The preposition RELATED_FROM needs, with the spaces around it: one search, before the property classes. */
const RELATED_PREPOSITION = / (?:from|on|in|about) /;

/**
 * A header that opens a list of other stories: "Related Articles", "You may
 * also like", "More Washington Examiner".
 *
 * @example isRelatedHeader('You may also like') // true
 */
export function isRelatedHeader(line: string): boolean {
  return line.length <= MAX_RELATED_HEADER && isRelatedHeaderCased(line, line.toLowerCase());
}

/**
 * {@link isRelatedHeader} with the line's lower case given: a detector that
 * reads the page's shared lower-cased lines needs no toLowerCase per line.
 *
 * @example isRelatedHeaderCased('You may also like', 'you may also like') // true
 */
export function isRelatedHeaderCased(line: string, lower: string): boolean {
  if (line.length > MAX_RELATED_HEADER) return false;
  return relatedHeader(line, labelKey(lower));
}

/**
 * The label a short line is looked up by: the lower-cased line without
 * bullets and arrows at its start, marks at its end and a trailing counter.
 * A character scan (the test beside it holds it to the equivalent regular expressions).
 *
 * @example labelKey('» comments (12)') // 'comments'
 */
export function labelKey(lower: string): string {
  return stripEdges(stripCounter(stripEdges(lower)));
}

/** At most six bullets or arrows at the start, and six marks at the end, go. */
function stripEdges(s: string): string {
  let start = 0;
  while (start < 6 && start < s.length && LEADING_EDGE.has(s.charCodeAt(start))) start++;
  let end = s.length;
  while (s.length - end < 6 && end > start && TRAILING_EDGE.has(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** A trailing counter with up to two spaces before it: "(12)", "[3]", "34". */
function stripCounter(s: string): string {
  let end = s.length;
  const last = s[end - 1];
  const open = last === ')' ? '(' : last === ']' ? '[' : null;
  if (open) end--;
  let digits = 0;
  while (digits < 7 && end - digits > 0 && isAsciiDigit(s.charCodeAt(end - digits - 1))) digits++;
  if (digits === 0) return s;
  let start = end - digits;
  if (open) {
    if (s[start - 1] !== open) return s;
    start--;
  }
  for (let k = 0; k < 2 && start > 0 && JS_SPACE.has(s.charCodeAt(start - 1)); k++) start--;
  return s.slice(0, start);
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** {@link isRelatedHeader} with the line's label key already computed. */
function relatedHeader(line: string, labelKeyOfLine: string): boolean {
  if (line.length > MAX_RELATED_HEADER) return false;
  const key = withoutViewAll(labelKeyOfLine);
  const group = LABELS.get(key);
  if (group !== undefined && group.kind === 'related') return true;
  const stripped = stripEdges(line);
  if (MORE_FROM_START.has(stripped.charCodeAt(0)) && MORE_FROM.test(stripped)) return true;
  // "Related coverage from How to Do Everything: Money:" — a related label naming where the list comes from.
  if (!RELATED_PREPOSITION.test(key)) return false;
  const from = RELATED_FROM.exec(key);
  return from !== null && LABELS.get(from[1]!)?.kind === 'related';
}

/** A header with its link glued on: "Most Popular View all", "Top Stories See more". */
const VIEW_ALL = [' view all', ' see all', ' show all', ' see more', ' view more'];
/** The last characters of VIEW_ALL: a key ending in none of them needs no search. */
const VIEW_ALL_LAST = codesOf(VIEW_ALL.map((tail) => tail[tail.length - 1]).join(''));

function withoutViewAll(key: string): string {
  if (!VIEW_ALL_LAST.has(key.charCodeAt(key.length - 1))) return key;
  for (const tail of VIEW_ALL) if (key.endsWith(tail)) return key.slice(0, key.length - tail.length);
  return key;
}

/** Only share words and counts, at least one network or share verb, and short. */
function isShareBar(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 14) return false;
  let anchors = 0;
  for (const w of words) {
    if (SHARE_ANCHORS.has(w)) anchors++;
    else if (!SHARE_WORDS.has(w) && !isCount(w)) return false;
  }
  return anchors > 0;
}

/** A share count ("34", "12k"); cheap test first: most words start with a letter. */
function isCount(word: string): boolean {
  return isAsciiDigit(word.charCodeAt(0)) && /^\d{1,6}[km]?$/u.test(word);
}

/**
 * "Photo: Jane Doe/AP", "Getty Images", "AFP/Getty Images", "Jupiterimages, Getty Images/Creatas RF".
 * `marks` are the line's {@link marksOf}: a labelled credit needs a colon, and a line with no separator is one part.
 */
function isCreditLine(text: string, lower: string, marks: number): boolean {
  if (text.length > 150 || SENTENCE_END.has(text[text.length - 1]!)) return false;
  if (marks & COLON && CREDIT.test(text)) return true;
  if (!(marks & CREDIT_SEPARATOR)) return AGENCIES.has(lower) && isCreditPart(text);
  const parts = text.split(/\s{0,2}[/,;|]\s{0,2}/u);
  if (parts.length > 5) return false;
  return parts.some((p) => AGENCIES.has(p.toLowerCase())) && parts.every(isCreditPart);
}

const SENTENCE_END = new Set(['.', '!', '?']);

/** A part of a credit: a capitalised name of at most four words. */
function isCreditPart(part: string): boolean {
  return part.split(' ').length <= 4 && /^\p{Lu}/u.test(part);
}

/** "Contact Us/FAQ | Terms of Use | Privacy Policy": every part a footer or interface label. */
function isLinkRow(lower: string): boolean {
  const parts = lower.split(/\s{0,3}[|•·/]\s{0,3}/u).filter((p) => p !== '');
  if (parts.length < 2) return false;
  return parts.every((p) => {
    const g = LABELS.get(p);
    return g !== undefined && (g.kind === 'footer' || g.kind === 'navigation');
  });
}

function distinct(words: readonly string[], set: ReadonlySet<string>): number {
  const seen = new Set<string>();
  for (const w of words) if (set.has(w)) seen.add(w);
  return seen.size;
}

/** The page-debris detector for the default pipeline. */
export const pageDebrisDetector: Detector = {
  id: 'page-debris',
  rules: ['ad-label', 'consent-label', 'newsletter-label', 'related-header', 'comment-label', 'ui-label', 'footer-link',
    'share-bar', 'tag-list', 'gallery-counter', 'gallery-caption', 'credit-line', 'copyright', 'cookie-banner', 'browser-notice',
    'newsletter-prompt', 'legal-notice'],
  detect: ({ text, lines, focus }) => detectPageDebris(text, lines, focus),
};
