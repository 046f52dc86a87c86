/**
 * Page script, part 1: small DOM helpers. Every piece of document text
 * reaches the page through `textContent` or an attribute set by the DOM API,
 * never as HTML, so scraped markup stays inert text.
 */
export const CLIENT_DOM = String.raw`
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}
function add(parent, child) { parent.appendChild(child); return child; }
function fmt(n) { return n.toLocaleString('en-US'); }
function pct(part, whole) { return whole > 0 ? (100 * part / whole).toFixed(1) + '%' : '0%'; }
function swatch(kindIndex) { return el('span', 'sw k' + kindIndex); }
function isTyping(target) {
  const tag = target && target.tagName;
  return tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA';
}
`;
