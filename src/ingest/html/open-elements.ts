/**
 * The open-element stack of htmlparser2 (cheerio's parser in this package),
 * replayed outside it so the nesting cap (depth.ts) sees the depth the parser
 * will build. The parser does not follow the HTML5 tree builder: an opening
 * tag closes only the elements named in its own table, and only while they are
 * on top (`<li><p><li>` nests), and `<div/>` opens a div. A cap that guessed
 * instead (ignoring `<p>` and `<li>`) let `<li><p>` repeated 100,000 times
 * through, which costs the parser time in the square of the depth.
 */

const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];

/** For each tag, the elements its opening closes while they are on top of the stack (htmlparser2 10). */
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t) => [t, new Set(FORM)] as const),
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ...[
    'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl',
    'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul',
  ].map((t) => [t, new Set(['p'])] as const),
]);

/** Elements that never hold content, so never stay open (htmlparser2's list). */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/**
 * A stack of open element names with the innermost position of each name at
 * hand, so closing tags cost amortised constant time however deep the stack.
 */
export interface OpenElements {
  readonly depth: number;
  /** Pops what opening `name` implicitly closes; returns the new depth. */
  openImplies(name: string): number;
  push(name: string): void;
  /** Index (0 = outermost) of the innermost open `name`, or -1. */
  innermost(name: string): number;
  /** Pops elements until `depth` remain. */
  popTo(depth: number): void;
}

/** An empty stack. */
export function createOpenElements(): OpenElements {
  const names: string[] = [];
  const positions = new Map<string, number[]>();
  const pop = () => {
    const name = names.pop()!;
    positions.get(name)!.pop();
  };
  return {
    get depth() {
      return names.length;
    },
    openImplies(name) {
      const closes = IMPLIES_CLOSE.get(name);
      if (closes) while (names.length > 0 && closes.has(names[names.length - 1]!)) pop();
      return names.length;
    },
    push(name) {
      let at = positions.get(name);
      if (!at) positions.set(name, (at = []));
      at.push(names.length);
      names.push(name);
    },
    innermost(name) {
      const at = positions.get(name);
      return at && at.length > 0 ? at[at.length - 1]! : -1;
    },
    popTo(depth) {
      while (names.length > depth) pop();
    },
  };
}
