/**
 * The few facts decruft reads from a parsed DOM, typed structurally so the
 * stages do not depend on domhandler's classes. Every traversal in
 * `src/ingest/html/` is iterative: a page nested 100,000 levels deep must not
 * overflow the call stack.
 */

/** A node of the htmlparser2 DOM (domhandler), as far as decruft reads it. */
export interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
  parent: DomNode | null;
}

/**
 * All elements under `root` in document order (pre-order), with the parent's
 * index for each (-1 for top-level elements). Stops after `limit` elements.
 *
 * @example listElements(root, 1e5).elements[0].name // 'html'
 */
export function listElements(
  root: DomNode,
  limit: number,
  skip: (el: DomNode) => boolean,
): { elements: DomNode[]; parents: Int32Array; truncated: boolean } {
  const elements: DomNode[] = [];
  const parentOf: number[] = [];
  const stack: Array<[DomNode, number]> = [];
  pushChildren(stack, root, -1);
  let truncated = false;
  while (stack.length > 0) {
    const [node, parent] = stack.pop()!;
    if (node.type !== 'tag' || skip(node)) continue;
    if (elements.length >= limit) {
      truncated = true;
      break;
    }
    const index = elements.length;
    elements.push(node);
    parentOf.push(parent);
    pushChildren(stack, node, index);
  }
  return { elements, parents: Int32Array.from(parentOf), truncated };
}

function pushChildren(stack: Array<[DomNode, number]>, node: DomNode, index: number): void {
  const children = node.children;
  if (!children) return;
  for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, index]);
}

/**
 * Words of the `class` and `id` attributes, lower-cased, split at every
 * non-alphanumeric character and at camelCase humps, plus each pair of
 * neighbours joined ("read-more" → read, more, readmore).
 *
 * @example attributeWords('socialShare read-more') // ['social', 'share', 'read', 'more', 'socialshare', 'readmore', …]
 */
export function attributeWords(value: string): string[] {
  const words: string[] = [];
  let word = '';
  let prevLower = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const upper = c >= 65 && c <= 90;
    const lower = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (upper && prevLower && word) {
      words.push(word);
      word = '';
    }
    if (upper || lower) word += upper ? String.fromCharCode(c + 32) : value[i];
    else if (word) {
      words.push(word);
      word = '';
    }
    prevLower = lower;
  }
  if (word) words.push(word);
  const n = words.length;
  for (let i = 0; i + 1 < n; i++) words.push(words[i]! + words[i + 1]!);
  return words;
}

/** The element's `class` and `id` joined, or '' when it has neither. */
export function classAndId(el: DomNode): string {
  const a = el.attribs;
  if (!a) return '';
  const cls = a.class ?? '';
  const id = a.id ?? '';
  return id ? (cls ? `${cls} ${id}` : id) : cls;
}
