/**
 * Page script, part 2: draw one document. The text is cut at every removal
 * and heading boundary; removed pieces become <mark> elements carrying the
 * kind and rule (colour by kind class, rule on hover), heading pieces a
 * marked <span>, and the salvaged metadata goes in an aside beside the text.
 */
export const CLIENT_DOCUMENT = String.raw`
const STRUCTURE_KINDS = new Set(['title', 'subtitle', 'dateline', 'timestamp', 'duplicate-title']);

function markOf(doc, i, piece) {
  const r = doc.r[i];
  const kind = data.kinds[r[0]].name;
  const rule = data.rules[r[1]].name;
  let cls = 'rm k' + r[0] + ' r' + r[1];
  if (STRUCTURE_KINDS.has(kind)) cls += ' st';
  if (piece === '') cls += ' empty';
  else if (piece.trim() === '') cls += ' ws';
  const mark = el('mark', cls, piece);
  mark.dataset.i = String(i);
  mark.dataset.kind = kind;
  mark.dataset.rule = rule;
  mark.title = kind + ' \u00b7 rule ' + rule + '\n' + fmt(r[3] - r[2]) + ' characters at ' + r[2] + '\u2013' + r[3];
  return mark;
}

function drawText(doc) {
  const box = el('div', 'src');
  const text = doc.text;
  const points = [0, text.length];
  for (const r of doc.r) points.push(r[2], r[3]);
  for (const h of doc.h) points.push(h[0], h[1]);
  points.sort((a, b) => a - b);
  const cuts = points.filter((p, k) => k === 0 || p !== points[k - 1]);
  const open = [];
  const openHeadings = [];
  let ri = 0;
  let hi = 0;
  for (let k = 0; k < cuts.length; k++) {
    const a = cuts[k];
    for (let j = open.length - 1; j >= 0; j--) if (doc.r[open[j]][3] <= a) open.splice(j, 1);
    for (let j = openHeadings.length - 1; j >= 0; j--) if (doc.h[openHeadings[j]][1] <= a) openHeadings.splice(j, 1);
    while (ri < doc.r.length && doc.r[ri][2] <= a) {
      if (doc.r[ri][3] === doc.r[ri][2]) box.appendChild(markOf(doc, ri, ''));
      else if (doc.r[ri][3] > a) open.push(ri);
      ri++;
    }
    while (hi < doc.h.length && doc.h[hi][0] <= a) {
      if (doc.h[hi][1] > a) openHeadings.push(hi);
      hi++;
    }
    if (k + 1 >= cuts.length) break;
    const piece = text.slice(a, cuts[k + 1]);
    if (open.length > 0) box.appendChild(markOf(doc, open[open.length - 1], piece));
    else if (openHeadings.length > 0) box.appendChild(el('span', 'hd', piece));
    else box.appendChild(document.createTextNode(piece));
  }
  return box;
}

function field(dl, name, value) {
  if (value === null || value === undefined || value === '') return;
  add(dl, el('dt', '', name));
  add(dl, el('dd', '', value));
}

function datelineText(d) {
  if (!d) return null;
  return [d.place, d.date, d.agency].filter(Boolean).join(' \u00b7 ') + '  (' + d.raw.trim() + ')';
}

function drawAside(doc) {
  const aside = el('aside');
  const meta = add(aside, el('section'));
  add(meta, el('h4', '', 'Recognised'));
  const dl = add(meta, el('dl'));
  field(dl, 'Title', doc.title);
  field(dl, 'Subtitle', doc.subtitle);
  field(dl, 'Published', doc.published);
  field(dl, 'Dateline', datelineText(doc.dateline));
  field(dl, 'Authors', doc.authors.join(', '));
  field(dl, 'Headings', doc.h.length ? String(doc.h.length) : null);
  field(dl, 'URL', doc.url);
  if (!dl.firstChild) add(meta, el('div', 'empty-note', 'Nothing recognised.'));
  drawList(aside, 'Related articles', doc.related, (item, li) => {
    add(li, el('span', '', item.title));
    const extra = [item.id, item.url, item.image].filter(Boolean).join(' \u00b7 ');
    if (extra) add(li, el('div', 'small', extra));
  });
  drawList(aside, 'Captions', doc.captions, (item, li) => {
    add(li, el('span', '', item.text));
    if (item.credit) add(li, el('div', 'small', 'Credit: ' + item.credit));
  });
  drawList(aside, 'Warnings', doc.warnings, (item, li) => { li.className = 'warn'; li.textContent = item; });
  const counts = new Map();
  for (const r of doc.r) counts.set(r[0], (counts.get(r[0]) || 0) + 1);
  const kinds = add(aside, el('section'));
  add(kinds, el('h4', '', 'Removed (' + doc.r.length + ')'));
  if (counts.size === 0) add(kinds, el('div', 'empty-note', 'Nothing removed.'));
  const ul = add(kinds, el('ul', 'kinds'));
  for (const [kind, n] of counts) {
    const li = add(ul, el('li'));
    add(li, swatch(kind));
    add(li, el('span', '', data.kinds[kind].name + ' \u00d7 ' + n));
  }
  return aside;
}

function drawList(parent, title, items, fill) {
  if (!items || items.length === 0) return;
  const section = add(parent, el('section'));
  add(section, el('h4', '', title + ' (' + items.length + ')'));
  const ul = add(section, el('ul'));
  for (const item of items) fill(item, add(ul, el('li')));
}
`;
