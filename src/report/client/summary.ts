/**
 * Page script, part 3: the summary at the top. Totals, a kept-vs-removed bar
 * split by kind, bar charts of removals by kind and by rule (each bar is also
 * a filter button), and the documents that lost the most (each a jump).
 */
export const CLIENT_SUMMARY = String.raw`
function drawSummary(root) {
  const s = data.summary;
  add(root, el('h2', '', 'Summary'));
  const totals = add(root, el('div', 'totals'));
  const total = (value, label) => {
    const box = add(totals, el('div'));
    add(box, el('b', '', value));
    add(box, el('span', '', label));
  };
  total(fmt(s.documents), 'documents');
  total(fmt(s.removals), 'removals');
  total(fmt(s.charsIn), 'characters in');
  total(fmt(s.charsRemoved) + ' (' + pct(s.charsRemoved, s.charsIn) + ')', 'characters removed');
  total(fmt(s.charsKept) + ' (' + pct(s.charsKept, s.charsIn) + ')', 'characters kept');

  const stack = add(root, el('div', 'stack'));
  stack.setAttribute('role', 'img');
  stack.setAttribute('aria-label', 'Characters kept versus removed, by kind');
  for (const c of s.byKind) {
    if (c.chars === 0) continue;
    const part = add(stack, el('span', 'k' + c.index));
    part.style.width = (100 * c.chars / Math.max(1, s.charsIn)) + '%';
    part.title = data.kinds[c.index].name + ': ' + fmt(c.chars) + ' characters';
  }
  const kept = add(stack, el('span', 'kept'));
  kept.style.flex = '1';
  kept.title = 'kept: ' + fmt(s.charsKept) + ' characters';
  add(root, el('div', 'legend', 'Input characters: coloured by the kind that removed them, grey where kept. Click a bar below to filter.'));

  const charts = add(root, el('div', 'charts'));
  chart(charts, 'Removals by kind', s.byKind, (c) => data.kinds[c.index].name, (c) => c.index,
    (c) => ({ kind: c.index }), 'data-kind-bar');
  chart(charts, 'Removals by rule', s.byRule, (c) => data.rules[c.index].name, (c) => data.rules[c.index].kind,
    (c) => ({ rule: c.index }), 'data-rule-bar');

  const top = add(charts, el('div', 'chart top'));
  add(top, el('h3', '', 'Most removed (characters)'));
  if (s.top.length === 0) add(top, el('div', 'empty-note', 'Nothing removed.'));
  const most = s.top.length ? s.top[0][1] : 1;
  for (const [i, chars] of s.top) {
    const b = bar(top, docs[i].id, -1, chars / most, fmt(chars) + ' \u00b7 ' + pct(chars, docs[i].text.length));
    b.title = 'Go to ' + docs[i].id;
    b.addEventListener('click', () => select(i));
  }
}

function chart(parent, title, counts, nameOf, kindOf, filterOf, attr) {
  const box = add(parent, el('div', 'chart'));
  add(box, el('h3', '', title));
  if (counts.length === 0) add(box, el('div', 'empty-note', 'Nothing removed.'));
  const most = counts.length ? Math.max(1, counts[0].count) : 1;
  for (const c of counts) {
    const b = bar(box, nameOf(c), kindOf(c), c.count / most, fmt(c.count) + ' \u00b7 ' + fmt(c.chars) + ' ch');
    b.setAttribute(attr, String(c.index));
    b.setAttribute('aria-pressed', 'false');
    b.title = nameOf(c) + ': ' + fmt(c.count) + ' removals, ' + fmt(c.chars) + ' characters. Click to filter.';
    b.addEventListener('click', () => toggleFilter(filterOf(c)));
  }
}

function bar(parent, name, kindIndex, share, num) {
  const b = add(parent, el('button'));
  b.type = 'button';
  const label = add(b, el('span', 'name'));
  if (kindIndex >= 0) add(label, swatch(kindIndex));
  add(label, el('span', '', name));
  const track = add(b, el('span', 'track'));
  const fill = add(track, el('span', 'fill' + (kindIndex >= 0 ? ' k' + kindIndex : '')));
  fill.style.display = 'block';
  fill.style.width = Math.max(0.5, 100 * share) + '%';
  add(b, el('span', 'num', num));
  return b;
}
`;
