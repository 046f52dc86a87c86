import { FORM_TAGS, REGION_TAGS } from '../../rules/html-elements.js';
import type { Hint } from './hints.js';
import type { PageTree } from './tree.js';

/**
 * Region verdicts: for every element, whether its text is article body or
 * which kind of page furniture it is. Outside the article the innermost
 * named region wins (a menu inside a footer is nav); inside it, an element is
 * cut only when its tag or class names furniture, or its text is mostly
 * links — and never when it holds most of the article.
 */

/** Why a region is not body text. */
export interface Verdict {
  kind: string;
  rule: string;
  reason: string;
}

const regionTags: Record<string, string> = REGION_TAGS;
const formTags = new Set<string>(FORM_TAGS);

/** Furniture outside the article that no tag or class names. */
export const OUTSIDE: Verdict = {
  kind: 'boilerplate',
  rule: 'html-outside-article',
  reason: 'Unexpected text outside the article container, remove it',
};
const LINK_DENSE: Verdict = {
  kind: 'links',
  rule: 'html-link-dense',
  reason: 'Unexpected block made mostly of links, remove it',
};
const FORM: Verdict = {
  kind: 'form',
  rule: 'html-form',
  reason: 'Unexpected form text, remove it',
};
const CAPTION: Verdict = {
  kind: 'caption',
  rule: 'html-figcaption',
  reason: 'Unexpected figure caption in the body, remove it (kept in captions)',
};
export const HEADLINE: Verdict = {
  kind: 'title',
  rule: 'html-headline',
  reason: 'Unexpected headline in the body, remove it (kept as title)',
};

const byTag = new Map<string, Verdict>();
for (const [tag, kind] of Object.entries(regionTags)) {
  byTag.set(tag, { kind, rule: `html-region-${kind}`, reason: `Unexpected ${kind} region (<${tag}>), remove it` });
}

/**
 * One verdict per element (null = body text), given the article roots and
 * the index of the headline element (-1 for none).
 *
 * @example judgeRegions(tree, [412], hints, 37)[40] // { kind: 'share', rule: 'html-hint-share', … }
 */
export function judgeRegions(
  tree: PageTree,
  roots: readonly number[],
  hintOf: (i: number) => Hint,
  headline: number,
): Array<Verdict | null> {
  const { elements, parents } = tree;
  const n = elements.length;
  const verdicts: Array<Verdict | null> = new Array(n).fill(null);
  // 2 marks a root, 1 an element inside one.
  const inside = new Uint8Array(n);
  for (const r of roots) inside[r] = 2;
  let articleText = 0;
  for (const r of roots) articleText += tree.text[r]!;
  for (let i = 0; i < n; i++) {
    const p = parents[i]!;
    if (p >= 0 && inside[p] && !inside[i]) inside[i] = 1;
    const inherited = p >= 0 && inside[i] !== 2 ? verdicts[p]! : null;
    if (i === headline) verdicts[i] = HEADLINE;
    else if (inside[i] === 2) verdicts[i] = null;
    else if (inside[i]) verdicts[i] = inherited ?? judgeInside(tree, i, hintOf(i), articleText);
    else verdicts[i] = ownRegion(tree, i, hintOf(i)) ?? inherited ?? OUTSIDE;
  }
  return verdicts;
}

function ownRegion(tree: PageTree, i: number, hint: Hint): Verdict | null {
  const tagVerdict = byTag.get(tree.elements[i]!.name!);
  if (tagVerdict) return tagVerdict;
  const g = hint.negative;
  return g ? verdictOf(g.kind, g.rule) : null;
}

function judgeInside(tree: PageTree, i: number, hint: Hint, articleText: number): Verdict | null {
  const el = tree.elements[i]!;
  const name = el.name!;
  const text = tree.text[i]!;
  // Never let a hint or a tag cut away most of the story.
  if (text > articleText * 0.5) return null;
  if (name === 'figcaption' || name === 'figure') return CAPTION;
  if (formTags.has(name) && tree.paragraphs[i]! < 2) return FORM;
  const own = ownRegion(tree, i, hint);
  if (own) return own;
  if (text >= 2 && tree.link[i]! > text * 0.6 && (tree.block[i] || name === 'ul' || name === 'ol')) return LINK_DENSE;
  return null;
}

const verdicts = new Map<string, Verdict>();
function verdictOf(kind: string, rule: string): Verdict {
  let v = verdicts.get(rule);
  if (!v) {
    v = { kind, rule, reason: `Unexpected ${kind} region (class or id), remove it` };
    verdicts.set(rule, v);
  }
  return v;
}
