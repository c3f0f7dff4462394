// The browser kiosk's behaviour, written to do what the exhibit does at the rates it does it (app/attract,
// app/telegram), so that tests/perf/side_by_side.py compares like with like. Plain DOM, no framework.
'use strict';
const D = window.EXHIBIT;  // written by side_by_side.py into data.js from the exhibit's assets
const params = new URLSearchParams(location.search);
const settled = params.has('settled');  // a screenshot: everything typed at once, as `exhibit --screenshot` does
let lang = 'en';
const $ = (id) => document.getElementById(id);
const el = (tag, cls, text) => { const e = document.createElement(tag); if (cls) e.className = cls; if (text != null) e.textContent = text; return e; };
const t = (o) => (o && (o[lang] || o.en)) || '';

// ---- the card, grown out of whatever was touched; one at a time, closed by a touch elsewhere ----
let card = null;
function closeCard() { if (card) { card.remove(); card = null; } document.querySelectorAll('.phrase.open').forEach(p => p.classList.remove('open')); }
function openCard(title, body, anchor) {
  closeCard();
  const r = anchor.getBoundingClientRect();
  card = el('div', 'card');
  card.append(el('h3', null, title), el('p', null, body));
  // Below the phrase if it fits, else above: never over it.
  const below = r.bottom + 0.62 * innerHeight < innerHeight;
  card.style.left = Math.min(r.left, innerWidth - 0.64 * innerHeight) + 'px';
  card.style.top = (below ? r.bottom + 8 : Math.max(8, r.top - 0.62 * innerHeight)) + 'px';
  document.body.append(card);
  requestAnimationFrame(() => card && card.classList.add('open'));
}
document.addEventListener('pointerdown', (e) => { if (card && !card.contains(e.target) && !e.target.closest('.phrase,.event,path,circle')) closeCard(); });

// ---- attract: a carriage blinking every 0.6 s, a teaser line every 6 s fading in 0.8 s (kTeaserSeconds) ----
function startAttract() {
  const a = D.attract;
  $('attract-title').textContent = a.title.en;
  $('attract-date').textContent = a.date_line.en;
  const buttons = $('attract-languages');
  buttons.textContent = '';
  for (const l of ['en', 'ru', 'pt']) {
    const b = el('button');
    b.append(el('b', null, a.language_names[l]), el('span', null, a.invitation[l]));
    b.onclick = () => { lang = l; show('telegram'); };
    buttons.append(b);
  }
  const carriage = document.querySelector('.carriage');
  setInterval(() => carriage.classList.toggle('off'), 600);  // a timer per change, as the exhibit wakes per change
  const slots = [$('teaser-a'), $('teaser-b')];
  const langs = ['en', 'ru', 'pt'];
  let k = 0;
  const next = () => {  // teaser k: the (k / 3)th line, in the (k % 3)th language; the old one fades out beneath
    const shown = slots[k % 2], old = slots[(k + 1) % 2];
    shown.textContent = a.teaser[Math.floor(k / 3) % a.teaser.length][langs[k % 3]];
    shown.style.opacity = 1; old.style.opacity = 0;
    k++;
  };
  slots[1].style.opacity = 0;
  next();
  setInterval(next, 6000);
}

// ---- telegram: typed at 240 characters a second (kTeleprinterCharsPerSecond), one frame per display frame ----
const typing = [];  // one entry per run of text: {typed: Text, rest: Text, text, start}
let totalChars = 0;
function buildTelegram() {
  const tg = D.telegram;
  $('tg-title').textContent = t(tg.exhibit_title);
  $('tg-subtitle').textContent = t(tg.exhibit_subtitle);
  $('tg-hint').textContent = t(D.strings.touch_hint);
  $('tg-file').textContent = tg.header.file_line;
  $('tg-header').textContent = tg.header.title;
  $('tg-dateline').textContent = tg.header.dateline;
  const body = $('body');
  for (const para of D.paragraphs) {
    const p = el('p', para.page ? 'pagebreak' : null);
    for (const s of para.segs) {
      if (s.sup) { p.append(el('sup', null, s.sup)); continue; }
      const span = el('span', s.a >= 0 ? 'phrase' : null);
      const typed = document.createTextNode(settled ? s.t : '');
      const rest = el('span', 'untyped', settled ? '' : s.t);  // laid out but hidden: the page does not reflow
      span.append(typed, rest);
      if (s.a >= 0) span.onclick = () => { const n = D.annotations[s.a]; openCard(t(n.title), t(n.body), span); span.classList.add('open'); };
      p.append(span);
      typing.push({ typed, rest: rest.firstChild || rest.appendChild(document.createTextNode('')), text: s.t, start: totalChars, span });
      totalChars += s.t.length;
    }
    body.append(p);
  }
}
function startTyping() {
  if (settled) return;
  const cursor = el('span', 'cursor');
  const t0 = performance.now();
  let i = 0;  // the run being typed: each frame touches only it and the ones it finished
  const frame = (now) => {
    const n = Math.floor((now - t0) / 1000 * 240);
    while (i < typing.length) {
      const r = typing[i], k = Math.min(r.text.length, Math.max(0, n - r.start));
      if (r.typed.data.length !== k) { r.typed.data = r.text.slice(0, k); r.rest.data = r.text.slice(k); }
      if (cursor.parentNode !== r.span) r.typed.after(cursor);
      if (k < r.text.length) break;
      i++;
    }
    if (i < typing.length) requestAnimationFrame(frame); else cursor.remove();
  };
  requestAnimationFrame(frame);
  $('page').addEventListener('pointerdown', () => { typing.forEach(r => { r.typed.data = r.text; r.rest.data = ''; }); i = typing.length; }, { once: true });  // a tap completes it
}
// Breathing underlines: 3 steps a second over a 3.2 s breath (kBreathingFramesPerSecond), as in the exhibit;
// a CSS animation would repaint the text at the display's 60 Hz.
function startBreathing() {
  if (settled) return;
  const t0 = performance.now();
  setInterval(() => {
    const step = Math.floor((performance.now() - t0) / 1000 * 3) / 3;
    document.documentElement.style.setProperty('--breath', (0.5 + 0.5 * Math.sin(step * 2 * Math.PI / 3.2)).toFixed(3));
  }, 1000 / 3);
}

// ---- map: the paths and places come projected from data.js; stories draw their routes ----
function buildMap() {
  const m = D.map, NS = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', m.viewBox);
  svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  const add = (tag, attrs, parent = svg) => { const e = document.createElementNS(NS, tag); for (const k in attrs) e.setAttribute(k, attrs[k]); parent.append(e); return e; };
  add('path', { d: m.outline, class: 'ocean' });
  for (const id of ['land', 'us', 'ussr', 'brazil']) {
    const p = add('path', { d: m.paths[id], class: id });
    const c = m.countries.find(c => c.id === id);
    if (c) p.onclick = () => openCard(t(c.name), t(c.caption), p);
  }
  for (const c of m.countries) add('text', { x: c.x, y: c.y, 'text-anchor': 'middle', 'font-weight': 600, 'font-size': 8, fill: '#1b1e23' }).textContent = t(c.name);
  const routes = m.stories.map(s => add('path', { d: s.d, class: 'route' }));
  for (const p of m.places) {
    const c = add('circle', { cx: p.x, cy: p.y, r: 2 });
    c.onclick = () => openCard(t(p.name), t(p.caption), c);
    add('text', { x: p.x + 3.5, y: p.y + 2 }).textContent = t(p.name);
  }
  const view = $('map');
  view.append(svg);
  const legend = el('div', 'legend');
  for (const c of m.countries) { const row = el('div'); row.append(el('span', 'swatch ' + c.id, '■'), ' ' + t(c.name)); legend.append(row); }
  legend.append(el('div', null, t(D.mapText.borders_note)));
  const stories = el('div', 'stories');
  m.stories.forEach((s, i) => { const b = el('button', null, '▶ ' + t(s.button)); b.onclick = () => { routes.forEach(r => r.classList.remove('drawn')); routes[i].getBoundingClientRect(); routes[i].classList.add('drawn'); }; stories.append(b); });
  view.append(legend, stories);
}

// ---- timeline: events by date along a track scrolled natively, the exports plot beneath ----
function buildTimeline() {
  const tl = D.timeline, view = $('timeline');
  view.append(el('h2', null, t(tl.meta.title)));
  const track = el('div', 'track'), rail = el('div', 'rail');
  const start = Date.UTC(1933, 0, 1), perMonth = innerWidth * 0.18;  // about five months on screen, as the exhibit
  const xOf = (iso) => { const [y, mo, d] = iso.split('-').map(Number); return (Date.UTC(y, (mo || 1) - 1, d || 1) - start) / 2629746000 * perMonth + innerWidth / 2; };
  rail.style.width = (60 * perMonth + innerWidth) + 'px';
  for (let mo = 0; mo < 60; mo++) {
    const label = el('div', 'month', mo % 12 ? t(tl.meta.month_abbreviations)[mo % 12] : String(1933 + mo / 12));
    label.style.left = (innerWidth / 2 + mo * perMonth) + 'px';
    rail.append(label);
  }
  tl.events.forEach((e, i) => {
    const x = xOf(e.date), dot = el('button', 'event' + (e.id.includes('telegram') ? ' sent' : ''));
    dot.style.left = x + 'px';
    dot.onclick = () => openCard(t(e.title), t(e.body), dot);
    const label = el('div', 'label', t(e.title));
    label.style.left = x + 'px';
    label.style.top = (2 + (i % 6) * 4) + 'vh';  // six rows so neighbours do not overlap
    rail.append(label, dot);
  });
  track.append(rail);
  view.append(track);
  const ex = tl.meta.exports, info = el('div', 'exports');
  info.append(el('b', null, t(ex.title)), t(ex.unit));
  const chart = el('div', 'chart'), max = Math.max(...ex.series.flatMap(s => s.bars.map(b => b.value)));
  ex.series.forEach((s, si) => s.bars.forEach(b => {
    const bar = el('div', 'bar' + (si ? ' b' : ''));
    bar.style.height = (b.value / max * 100) + '%';
    bar.append(el('span', null, (b.value / 1e6).toFixed(1)), el('i', null, b.label));
    chart.append(bar);
  }));
  view.append(info, chart);
  requestAnimationFrame(() => { track.scrollLeft = xOf('1935-03-27') - innerWidth / 2; });
}

// ---- views and the navigation bar; each view is built the first time it is shown ----
const built = {};
function show(view) {
  closeCard();
  document.querySelectorAll('.view').forEach(v => v.classList.toggle('shown', v.id === view));
  if (!built[view]) {
    built[view] = true;
    if (view === 'attract') startAttract();
    if (view === 'telegram') { buildTelegram(); startTyping(); startBreathing(); }
    if (view === 'map') buildMap();
    if (view === 'timeline') buildTimeline();
  }
  const nav = $('nav');
  nav.className = view === 'attract' ? 'hidden' : '';
  nav.textContent = '';
  for (const v of ['telegram', 'map', 'timeline']) {
    const b = el('button', v === view ? 'current' : null, t(D.strings['view_' + v]));
    b.onclick = () => show(v);
    nav.append(b);
  }
  nav.append(el('button', null, t(D.strings.easy_reading)), el('span', 'spacer'));
  for (const l of ['en', 'ru', 'pt']) {
    const b = el('button', 'lang' + (l === lang ? ' current' : ''), D.attract.language_names[l]);
    b.onclick = () => { lang = l; show(view); };
    nav.append(b);
  }
}
show(['attract', 'telegram', 'map', 'timeline'].includes(params.get('view')) ? params.get('view') : 'attract');
