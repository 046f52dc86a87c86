import type { Hint } from './hints.js';
import { countProse } from './prose.js';
import type { PageTree } from './tree.js';

/**
 * Content scoring: which element holds the article. Every block's own text is
 * prose (a paragraph's worth of words, few of them links), neutral (headings)
 * or furniture (short lines, link lists, anything under a class that names
 * furniture). An element scores its prose minus a share of its furniture, so
 * the winner is the smallest container that still holds the whole story: a
 * wrapper gains nothing but furniture, a sub-block loses prose. Stories split
 * around an ad slot or wrapped one paragraph per card keep their common
 * container, because the furniture between the parts is small.
 */

/** What one character of furniture costs against one character of prose. */
const FURNITURE_COST = 0.6;
/** Share of the page's prose above which a furniture class is taken for a layout name. */
const MAX_NAMED_SHARE = 0.5;
/** Score multipliers for elements whose class names the article or that are `<article>`. */
const POSITIVE_FACTOR = 1.15;
const ARTICLE_FACTOR = 1.05;
/** Microdata that names the article body outright (schema.org `articleBody`). */
const BODY_FACTOR = 1.3;

/** The chosen article: the element whose subtree holds it. */
export interface ArticleChoice {
  roots: number[];
  score: number;
}

/**
 * Picks the article's root element, or none when no block reads like prose.
 *
 * @example chooseArticle(tree, hints).roots // [412]
 */
export function chooseArticle(tree: PageTree, hintOf: (i: number) => Hint): ArticleChoice {
  const final = scoreCandidates(tree, hintOf);
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < final.length; i++) {
    if (final[i]! > bestScore) {
      bestScore = final[i]!;
      best = i;
    }
  }
  return best < 0 ? { roots: [], score: 0 } : { roots: [best], score: bestScore };
}

/**
 * The content score of every element.
 *
 * @example scoreCandidates(tree, hints)[412] // 5120.4
 */
export function scoreCandidates(tree: PageTree, hintOf: (i: number) => Hint): Float64Array {
  const { parents } = tree;
  const n = tree.elements.length;
  // First pass without hints: how much prose each element holds.
  const plain = countProse(tree, new Uint8Array(n));
  const total = n > 0 ? plain.prose[0]! + rootsProse(tree, plain.prose) : 0;
  const furnitureZone = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = parents[i]!;
    furnitureZone[i] = (p >= 0 && furnitureZone[p] === 1) || namesFurniture(tree, i, hintOf(i), total > 0 ? plain.prose[i]! / total : 0) ? 1 : 0;
  }
  const { prose, furniture } = countProse(tree, furnitureZone);
  const final = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (prose[i] === 0) continue;
    final[i] = adjust(tree, i, prose[i]! - FURNITURE_COST * furniture[i]!, hintOf(i));
  }
  return final;
}

/**
 * Whether a class names furniture. A layout class that happens to contain a
 * furniture word (cnn.com's story sits in `pg-rail-tall`, "rail") is ignored
 * when the element holds most of the page's prose; comment threads are the
 * exception, being prose by nature (blog.givewell.org: six times the post).
 */
function namesFurniture(tree: PageTree, i: number, hint: Hint, share: number): boolean {
  const g = hint.negative;
  if (!g || hint.positive > 0) return false;
  const name = tree.elements[i]!.name;
  if (name === 'body' || name === 'html') return false;
  return share < MAX_NAMED_SHARE || g.kind === 'comments';
}

/** Prose total over top-level elements other than the first. */
function rootsProse(tree: PageTree, prose: Float64Array): number {
  let s = 0;
  for (let i = 1; i < tree.parents.length; i++) if (tree.parents[i] === -1) s += prose[i]!;
  return s;
}

function adjust(tree: PageTree, i: number, s: number, hint: Hint): number {
  if (s <= 0) return s;
  const el = tree.elements[i]!;
  // A class naming both ("entry-content-read-more") shifts nothing.
  if (hint.positive > 0 && !hint.negative) s *= POSITIVE_FACTOR;
  if (el.attribs?.itemprop === 'articleBody') s *= BODY_FACTOR;
  if (el.name === 'article') s *= ARTICLE_FACTOR;
  return s;
}
