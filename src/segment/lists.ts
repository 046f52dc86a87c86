import { isDigit, isListBullet, isOpeningMark, isWordCharacter } from './characters.js';
import { endOf, isSpace, startOf, textOf, type Token } from './tokens.js';

/** Where list items run into one paragraph: `1.) The first item 2.) The second item`. */
export interface ListItems {
  /** Tokens that open an item, each one starting a new sentence. */
  itemStarts: Set<number>;
  /** Tokens of item markers (`1.`, `b)`, `•`), whose full stops end nothing. */
  markerTokens: Set<number>;
}

interface Marker {
  kind: 'number' | 'lower' | 'upper' | 'bullet';
  value: number;
  /** What follows the enumerator: `.`, `)` or `.)`. */
  style: string;
  bullet: string;
  /** Index of the marker's last token. */
  last: number;
}

const styles = new Set(['.', ')', '.)']);

/**
 * Find list items run into one paragraph. A list opens with a marker at the
 * paragraph start, or with a first marker (`1`, `a`) after a colon; later
 * markers continue it when they carry the same bullet or the next number or
 * letter in the same style. A lone number elsewhere (`Resolution 2254.`,
 * `p. 55`) opens nothing.
 *
 * @example findListItems(tokensOf('a. One b. Two'), 'a. One b. Two')?.itemStarts // Set { 4 }
 */
export function findListItems(tokens: Token[], source: string): ListItems | null {
  let first = 0;
  while (first < tokens.length && isSpace(tokens[first])) first++;
  let list: Marker | null = null;
  let itemStarts: Set<number> | null = null;
  let markerTokens: Set<number> | null = null;
  let previous = -1;
  for (let i = first; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'WhiteSpaceNode') continue;
    // Until a list opens, only the paragraph start and a colon can open one.
    const mayOpen: boolean = i === first || (list === null && previous >= 0 && isColon(tokens[previous]!, source));
    const marker: Marker | null = (mayOpen || (list !== null && isSpace(tokens[i - 1]))) && endOf(token) - startOf(token) <= 3
      ? readMarker(tokens, i, source)
      : null;
    if (marker && (list ? continues(list, marker) : opens(marker, i === first))) {
      if (i !== first) (itemStarts ??= new Set()).add(i);
      markerTokens ??= new Set();
      for (let k = i; k <= marker.last; k++) markerTokens.add(k);
      list = marker;
      i = marker.last;
    }
    previous = i;
  }
  return markerTokens ? { itemStarts: itemStarts ?? new Set(), markerTokens } : null;
}

function opens(marker: Marker, atStart: boolean): boolean {
  return atStart || marker.kind === 'bullet' || marker.value === 1;
}

function isColon(token: Token, source: string): boolean {
  return token.type === 'PunctuationNode' && endOf(token) - startOf(token) === 1 && source.charAt(startOf(token)) === ':';
}

function continues(list: Marker, marker: Marker): boolean {
  if (list.bullet !== '' && marker.bullet === list.bullet) return true;
  return marker.kind === list.kind && marker.value === list.value + 1 && marker.style === list.style
    && marker.bullet === list.bullet;
}

/** Read `•`, `• 9.`, `⁃9.`, `1.)`, `2)`, `b.` at token `i`, followed by an item's first word. */
function readMarker(tokens: Token[], i: number, source: string): Marker | null {
  let k = i;
  let bullet = '';
  const head = textOf(source, tokens[k]!);
  if (tokens[k]!.type !== 'WordNode' && head.length === 1 && isListBullet(head)) {
    bullet = head;
    k += isSpace(tokens[k + 1]) ? 2 : 1;
  }
  const enumerator = k < tokens.length ? readEnumerator(tokens, k, source, bullet !== '') : null;
  if (enumerator) return startsItem(tokens, enumerator.last, source) ? { ...enumerator, bullet } : null;
  if (bullet === '') return null;
  const last = i;
  return startsItem(tokens, last, source) ? { kind: 'bullet', value: 0, style: '', bullet, last } : null;
}

function readEnumerator(tokens: Token[], k: number, source: string, bulleted: boolean): Omit<Marker, 'bullet'> | null {
  const token = tokens[k]!;
  if (token.type !== 'WordNode') return null;
  let text = textOf(source, token);
  let style = '';
  if (text.endsWith('.')) {
    style = '.';
    text = text.slice(0, -1);
  }
  let last = k;
  while (style.length < 2 && tokens[last + 1]?.type === 'PunctuationNode') {
    const mark = textOf(source, tokens[last + 1]!);
    if (mark !== '.' && mark !== ')') break;
    style += mark;
    last++;
  }
  if (!styles.has(style)) return null;
  const numeric = text.length <= 2 && text.length > 0 && isDigit(text.charAt(0)) && isDigit(text.charAt(text.length - 1));
  if (numeric) return { kind: 'number', value: Number(text), style, last };
  if (text.length !== 1 || !isWordCharacter(text) || text.charCodeAt(0) > 0x7a) return null;
  const upper = text !== text.toLowerCase();
  // `A.` alone is as likely an initial (`A. B. Smith`) as a list marker.
  if (upper && style === '.' && !bulleted) return null;
  return { kind: upper ? 'upper' : 'lower', value: text.toLowerCase().charCodeAt(0) - 96, style, last };
}

/** After the marker: white space, then a word or an opening quote. */
function startsItem(tokens: Token[], last: number, source: string): boolean {
  const space = tokens[last + 1];
  const word = tokens[last + 2];
  if (!isSpace(space) || word === undefined) return false;
  const first = source.charAt(startOf(word));
  return isWordCharacter(first) || isOpeningMark(first);
}
