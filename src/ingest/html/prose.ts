import type { PageTree } from './tree.js';

/**
 * Which blocks are prose. A block's own text (its line, nested blocks apart)
 * is prose when it is paragraph-sized and mostly not links; headings are
 * neither prose nor furniture; everything else is furniture. One pattern of
 * prose-looking furniture is named apart: the teaser, a short summary next to
 * a headline link, repeated down "more stories" lists (washingtonexaminer.com,
 * digg.com, twincities.com list a dozen of them under the story).
 */

/** Own text (non-space characters) from which a block counts as prose. */
const MIN_PROSE = 40;
/** Share of a block's own text in links above which it is furniture. */
const MAX_PROSE_LINKS = 0.5;
/** A teaser summary is shorter than this; a one-paragraph post is longer. */
const MAX_TEASER = 300;
/** A headline link: a block this long that is nearly all link. */
const MIN_HEADLINE_LINK = 15;
const HEADLINE_LINK_SHARE = 0.8;

const PROSE = 1;
const FURNITURE = 2;
const NEUTRAL = 3;

/**
 * Prose and furniture characters under each element, given which elements
 * lie in zones that class hints name as furniture.
 *
 * @example countProse(tree, zones).prose[412] // 5120
 */
export function countProse(tree: PageTree, furnitureZone: Uint8Array): { prose: Float64Array; furniture: Float64Array } {
  const kinds = classifyBlocks(tree, furnitureZone);
  markTeasers(tree, kinds);
  const { parents, block, inline } = tree;
  const n = parents.length;
  const prose = new Float64Array(n);
  const furniture = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const own = block[i] ? inline[i]! : 0;
    if (kinds[i] === PROSE) prose[i]! += own;
    else if (kinds[i] === FURNITURE) furniture[i]! += own;
    const p = parents[i]!;
    if (p >= 0) {
      prose[p]! += prose[i]!;
      furniture[p]! += furniture[i]!;
    }
  }
  return { prose, furniture };
}

function classifyBlocks(tree: PageTree, furnitureZone: Uint8Array): Uint8Array {
  const { elements, block, inline, inlineLink } = tree;
  const kinds = new Uint8Array(elements.length);
  for (let i = 0; i < elements.length; i++) {
    const own = block[i] ? inline[i]! : 0;
    if (own === 0) continue;
    const name = elements[i]!.name!;
    if (furnitureZone[i] || own < MIN_PROSE || inlineLink[i]! > own * MAX_PROSE_LINKS) kinds[i] = FURNITURE;
    else kinds[i] = isHeading(name) ? NEUTRAL : PROSE;
  }
  return kinds;
}

/** Turns teaser summaries into furniture: a short prose block whose item holds no other prose but a headline link. */
function markTeasers(tree: PageTree, kinds: Uint8Array): void {
  const { parents, block, inline, inlineLink } = tree;
  const n = parents.length;
  const proseBlocks = new Int32Array(n);
  const headlineLinks = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    if (kinds[i] === PROSE) proseBlocks[i]! += 1;
    else if (block[i] && inline[i]! >= MIN_HEADLINE_LINK && inlineLink[i]! >= inline[i]! * HEADLINE_LINK_SHARE) headlineLinks[i]! += 1;
    const p = parents[i]!;
    if (p >= 0) {
      proseBlocks[p]! += proseBlocks[i]!;
      headlineLinks[p]! += headlineLinks[i]!;
    }
  }
  for (let i = 0; i < n; i++) {
    if (kinds[i] !== PROSE || inline[i]! >= MAX_TEASER) continue;
    let a = parents[i]!;
    for (let level = 0; level < 2 && a >= 0; level++, a = parents[a]!) {
      if (proseBlocks[a]! >= 2) break;
      if (headlineLinks[a]! >= 1) {
        kinds[i] = FURNITURE;
        break;
      }
    }
  }
}

function isHeading(name: string): boolean {
  return name.length === 2 && name[0] === 'h' && name[1]! >= '1' && name[1]! <= '6';
}
