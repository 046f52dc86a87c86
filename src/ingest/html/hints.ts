import { HIDDEN_CLASS_NAMES, NEGATIVE_HINTS, POSITIVE_HINTS, type HintGroup } from '../../rules/html-hints.js';
import { attributeWords, classAndId, type DomNode } from './dom.js';

/** What an element's `class` and `id` say about it. */
export interface Hint {
  /** Count of article words ("article", "content", "story"…). */
  positive: number;
  /** The first negative group named, if any. */
  negative: HintGroup | null;
}

const NONE: Hint = { positive: 0, negative: null };
const positiveWords = new Set<string>(POSITIVE_HINTS.words);
const negativeWords = new Map<string, HintGroup>();
const negativeStems: Array<[string, HintGroup]> = [];
for (const group of NEGATIVE_HINTS) {
  for (const w of group.words) if (!negativeWords.has(w)) negativeWords.set(w, group);
  for (const s of group.stems) negativeStems.push([s, group]);
}
const hiddenClasses = new Set<string>(HIDDEN_CLASS_NAMES);

/**
 * Reads class/id hints, memoised per attribute value: a page repeats the
 * same few dozen class strings thousands of times.
 *
 * @example createHintReader()(el).negative?.kind // 'share'
 */
export function createHintReader(): (el: DomNode) => Hint {
  const cache = new Map<string, Hint>();
  return (el) => {
    const value = classAndId(el);
    if (!value) return NONE;
    let hint = cache.get(value);
    if (!hint) {
      hint = readHint(value);
      cache.set(value, hint);
    }
    return hint;
  };
}

function readHint(value: string): Hint {
  let positive = 0;
  let negative: HintGroup | null = null;
  let rank = NEGATIVE_HINTS.length;
  for (const word of attributeWords(value)) {
    if (positiveWords.has(word) || POSITIVE_HINTS.stems.some((s) => word.startsWith(s))) positive++;
    const group = negativeWords.get(word) ?? stemGroup(word);
    if (group) {
      const r = NEGATIVE_HINTS.indexOf(group);
      if (r < rank) {
        rank = r;
        negative = group;
      }
    }
  }
  return positive === 0 && negative === null ? NONE : { positive, negative };
}

function stemGroup(word: string): HintGroup | undefined {
  if (word.length < 5) return undefined;
  for (const [stem, group] of negativeStems) if (word.startsWith(stem)) return group;
  return undefined;
}

/**
 * Whether the element is hidden from sight: the `hidden` attribute,
 * `aria-hidden="true"`, an inline `display:none`/`visibility:hidden`, or a
 * whole class name from `HIDDEN_CLASS_NAMES`.
 *
 * @example isHidden({ type: 'tag', name: 'div', attribs: { hidden: '' }, parent: null }) // true
 */
export function isHidden(el: DomNode): boolean {
  const a = el.attribs;
  if (!a) return false;
  if (a.hidden !== undefined) return true;
  if (a['aria-hidden'] === 'true') return true;
  const style = a.style;
  if (style && hidesByStyle(style)) return true;
  const cls = a.class;
  if (cls) for (const name of cls.split(' ')) if (hiddenClasses.has(name.toLowerCase())) return true;
  return false;
}

function hidesByStyle(style: string): boolean {
  const s = style.toLowerCase().replaceAll(' ', '');
  return s.includes('display:none') || s.includes('visibility:hidden');
}
