/**
 * Page script, part 4: the page itself. Cards for every document are cheap
 * shells; a card's text is drawn only when it comes near the viewport
 * (IntersectionObserver) or is selected, which keeps a 1,000-document report
 * quick to open. Filters are one generated stylesheet, so they apply to
 * drawn and not-yet-drawn documents alike without touching every mark.
 */
export const CLIENT_APP = String.raw`
const docs = data.docs;
const state = { kinds: new Set(), rule: -1, query: '', current: -1 };
const cards = [];
const entries = [];
const drawn = new Uint8Array(docs.length);
const haystacks = new Array(docs.length);
const filterStyle = add(document.head, el('style'));
const canHighlight = typeof Highlight === 'function' && typeof CSS !== 'undefined' && CSS.highlights;
const hits = canHighlight ? new Highlight() : null;
if (hits) CSS.highlights.set('q', hits);
let observer = null;

function colourKinds() {
  const rules = data.kinds.map((k, i) => '.k' + i + '{--c:' + k.colour + '}');
  add(document.head, el('style', '', rules.join('\n')));
}

function passes(r) {
  return (state.kinds.size === 0 || state.kinds.has(r[0])) && (state.rule < 0 || state.rule === r[1]);
}
function filtering() { return state.kinds.size > 0 || state.rule >= 0; }
function haystack(i) {
  if (haystacks[i] === undefined) haystacks[i] = (docs[i].id + '\n' + (docs[i].title || '') + '\n' + docs[i].text).toLowerCase();
  return haystacks[i];
}
function shown(i) {
  if (filtering() && !docs[i].r.some(passes)) return false;
  return state.query === '' || haystack(i).includes(state.query);
}

function toggleFilter(change) {
  if ('kind' in change) {
    if (state.kinds.has(change.kind)) state.kinds.delete(change.kind);
    else state.kinds.add(change.kind);
  }
  if ('rule' in change) state.rule = state.rule === change.rule ? -1 : change.rule;
  update();
}
function clearFilters() {
  state.kinds.clear();
  state.rule = -1;
  state.query = '';
  document.getElementById('q').value = '';
  update();
}

function update() {
  const off = [];
  if (state.kinds.size > 0) data.kinds.forEach((k, i) => { if (!state.kinds.has(i)) off.push('#docs .rm.k' + i); });
  if (state.rule >= 0) off.push('#docs .rm:not(.r' + state.rule + ')');
  filterStyle.textContent = off.length ? off.join(',') + '{background:transparent;color:#9a9aa2;box-shadow:none;font-weight:inherit}' : '';
  let count = 0;
  for (let i = 0; i < docs.length; i++) {
    const visible = shown(i);
    cards[i].hidden = !visible;
    entries[i].hidden = !visible;
    if (visible) count++;
  }
  document.getElementById('count').textContent = count === docs.length ? fmt(count) + ' documents' : fmt(count) + ' of ' + fmt(docs.length) + ' documents';
  document.querySelectorAll('[data-kind-bar]').forEach((b) => b.setAttribute('aria-pressed', String(state.kinds.has(Number(b.getAttribute('data-kind-bar'))))));
  document.querySelectorAll('.chip').forEach((b) => b.setAttribute('aria-pressed', String(state.kinds.has(Number(b.dataset.k)))));
  document.querySelectorAll('[data-rule-bar]').forEach((b) => b.setAttribute('aria-pressed', String(state.rule === Number(b.getAttribute('data-rule-bar')))));
  document.getElementById('rule').value = String(state.rule);
  if (hits) {
    hits.clear();
    for (let i = 0; i < docs.length; i++) if (drawn[i]) highlightHits(i);
  }
}

function highlightHits(i) {
  if (!hits || state.query === '' || cards[i].hidden) return;
  const walker = document.createTreeWalker(cards[i].querySelector('.src'), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const low = node.data.toLowerCase();
    for (let at = low.indexOf(state.query); at >= 0; at = low.indexOf(state.query, at + state.query.length)) {
      const range = new Range();
      range.setStart(node, at);
      range.setEnd(node, at + state.query.length);
      hits.add(range);
    }
  }
}

function draw(i) {
  if (drawn[i]) return;
  drawn[i] = 1;
  const body = cards[i].querySelector('.body');
  body.classList.remove('pending');
  body.style.minHeight = '';
  body.replaceChildren(drawText(docs[i]), drawAside(docs[i]));
  if (observer) observer.unobserve(body);
  highlightHits(i);
}

function drawCard(i) {
  const doc = docs[i];
  const card = el('article', 'card');
  card.id = 'doc-' + (i + 1);
  card.tabIndex = -1;
  card.dataset.index = String(i);
  const head = add(card, el('header'));
  add(head, el('span', 'n', '#' + (i + 1)));
  add(head, el('h2', '', doc.id));
  const facts = doc.r.length + ' removals \u00b7 ' + fmt(doc.removedChars) + ' of ' + fmt(doc.text.length) +
    ' characters removed (' + pct(doc.removedChars, doc.text.length) + ')' + (doc.from === 'html' ? ' \u00b7 HTML, text rendering shown' : '');
  add(head, el('span', 'facts', facts));
  const body = add(card, el('div', 'body pending'));
  body.style.minHeight = Math.max(6, Math.ceil(doc.text.length / 75)) * 1.6 + 'em';
  return card;
}

function drawEntry(i) {
  const b = el('button');
  b.type = 'button';
  add(b, el('span', 'id', docLabel(i)));
  add(b, el('span', 'share', pct(docs[i].removedChars, docs[i].text.length)));
  b.title = docs[i].id + (docs[i].title ? '\n' + docs[i].title : '');
  b.addEventListener('click', () => select(i));
  return b;
}
function docLabel(i) { return docs[i].title || docs[i].id; }

function select(i) {
  if (i < 0 || i >= docs.length) return;
  if (state.current >= 0) {
    cards[state.current].classList.remove('current');
    entries[state.current].removeAttribute('aria-current');
  }
  state.current = i;
  draw(i);
  cards[i].classList.add('current');
  entries[i].setAttribute('aria-current', 'true');
  entries[i].scrollIntoView({ block: 'nearest' });
  window.scrollTo(0, cards[i].getBoundingClientRect().top + window.scrollY - barHeight() - 12);
  cards[i].focus({ preventScroll: true });
  history.replaceState(null, '', '#doc-' + (i + 1));
}

function barHeight() { return document.querySelector('.bar').offsetHeight; }
function fitBar() { document.documentElement.style.setProperty('--bar', barHeight() + 'px'); }

function move(step) {
  let i = state.current;
  for (;;) {
    i += step;
    if (i < 0 || i >= docs.length) return;
    if (!cards[i].hidden) return select(i);
  }
}

function drawControls() {
  const kinds = document.getElementById('kinds');
  data.summary.byKind.forEach((c) => {
    const chip = add(kinds, el('button', 'chip'));
    chip.type = 'button';
    chip.dataset.k = String(c.index);
    chip.setAttribute('aria-pressed', 'false');
    chip.title = 'Show only ' + data.kinds[c.index].name + ' (toggle)';
    add(chip, swatch(c.index));
    add(chip, el('span', '', data.kinds[c.index].name));
    chip.addEventListener('click', () => toggleFilter({ kind: c.index }));
  });
  const rule = document.getElementById('rule');
  const all = add(rule, el('option', '', 'All rules'));
  all.value = '-1';
  data.summary.byRule.forEach((c) => {
    const option = add(rule, el('option', '', data.rules[c.index].name + ' (' + c.count + ')'));
    option.value = String(c.index);
  });
  rule.addEventListener('change', () => { state.rule = Number(rule.value); update(); });
  const q = document.getElementById('q');
  let timer = 0;
  q.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => { state.query = q.value.trim().toLowerCase(); update(); }, 120);
  });
  document.getElementById('clear').addEventListener('click', clearFilters);
}

function onKey(e) {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  if (isTyping(e.target)) {
    if (e.key === 'Escape' || e.key === 'Enter') e.target.blur();
    return;
  }
  if (e.key === 'j' || e.key === 'n') move(1);
  else if (e.key === 'k' || e.key === 'p') move(-1);
  else if (e.key === '/') document.getElementById('q').focus();
  else if (e.key === 'Escape') clearFilters();
  else return;
  e.preventDefault();
}

function boot() {
  colourKinds();
  drawSummary(document.getElementById('summary'));
  drawControls();
  const list = document.getElementById('list');
  const box = document.getElementById('docs');
  const cardFrag = document.createDocumentFragment();
  const listFrag = document.createDocumentFragment();
  for (let i = 0; i < docs.length; i++) {
    cards.push(cardFrag.appendChild(drawCard(i)));
    entries.push(listFrag.appendChild(drawEntry(i)));
  }
  box.appendChild(cardFrag);
  list.appendChild(listFrag);
  if (docs.length === 0) add(box, el('p', 'empty-note', 'No documents in this report.'));
  if (typeof IntersectionObserver === 'function') {
    observer = new IntersectionObserver((seen) => {
      for (const entry of seen) if (entry.isIntersecting) draw(Number(entry.target.parentNode.dataset.index));
    }, { rootMargin: '1200px 0px' });
    for (const card of cards) observer.observe(card.querySelector('.body'));
  } else {
    for (let i = 0; i < docs.length; i++) draw(i);
  }
  document.addEventListener('keydown', onKey);
  fitBar();
  window.addEventListener('resize', fitBar);
  update();
  const wanted = /^#doc-([0-9]+)$/.exec(location.hash);
  if (wanted) select(Number(wanted[1]) - 1);
  else if (docs.length > 0) draw(0);
  document.documentElement.dataset.ready = 'true';
  if (performance.mark) performance.mark('report-ready');
}

boot();
`;
