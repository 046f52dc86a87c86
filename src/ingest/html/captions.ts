import type { Caption } from '../../types.js';
import { attributeWords, classAndId, type DomNode } from './dom.js';
import { textOf } from './head.js';

/**
 * Captions of figures, with their credit. The credit is a child element
 * named for it (`<span class="credit">`, `copyright`, `photographer`), or a
 * labelled tail of the caption ("Photo: Jane Doe", "(AP Photo/John Smith)").
 */

/** Class words of a caption's credit element. */
const CREDIT_WORDS = new Set(['credit', 'credits', 'copyright', 'photographer', 'source', 'byline', 'attribution', 'courtesy']);
/** Labels that start a credit inside the caption text, lower case, without the colon. */
const CREDIT_LABELS = ['photo', 'photos', 'photograph', 'image', 'picture', 'credit', 'photo credit', 'foto', 'source', 'illustration'];

/**
 * The caption of one `<figcaption>` (or other caption element), or null when it is empty.
 *
 * @example readCaption(figcaption) // { text: 'Flooded streets in Venice.', credit: 'AP Photo/Luca Bruno' }
 */
export function readCaption(el: DomNode): Caption | null {
  const creditEl = findCreditElement(el);
  const whole = textOf(el);
  if (!whole) return null;
  if (creditEl) {
    const credit = textOf(creditEl);
    const text = whole.replace(credit, '').trim();
    return credit ? { text: text || whole, credit } : { text: whole };
  }
  return splitCredit(whole);
}

function findCreditElement(root: DomNode): DomNode | null {
  const stack = [...(root.children ?? [])];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type !== 'tag') continue;
    if (attributeWords(classAndId(n)).some((w) => CREDIT_WORDS.has(w))) return n;
    if (n.children) stack.push(...n.children);
  }
  return null;
}

/**
 * Splits a labelled credit off the end of a caption.
 *
 * @example splitCredit('Rescuers at work. Photo: Jane Doe') // { text: 'Rescuers at work.', credit: 'Jane Doe' }
 */
export function splitCredit(caption: string): Caption {
  const lower = caption.toLowerCase();
  let at = -1;
  let labelEnd = -1;
  for (const label of CREDIT_LABELS) {
    const k = lower.lastIndexOf(`${label}:`);
    if (k > at && (k === 0 || !isLetter(lower.charCodeAt(k - 1)))) {
      at = k;
      labelEnd = k + label.length + 1;
    }
  }
  const paren = lower.lastIndexOf('(');
  if (paren > at && lower.endsWith(')') && lower.includes('photo', paren)) {
    at = paren;
    labelEnd = paren;
  }
  if (at <= 0) return { text: caption };
  const credit = trimParens(caption.slice(labelEnd));
  const text = caption.slice(0, at).trim();
  return credit && text ? { text, credit } : { text: caption };
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Trims white space and parentheses from both ends (a loop: no regex to backtrack). */
function trimParens(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (s[a] === '(' || s[a]!.trim() === '')) a++;
  while (b > a && (s[b - 1] === ')' || s[b - 1]!.trim() === '')) b--;
  return s.slice(a, b);
}
