// The analysts' dashboard: demand by category with share bars, rising and falling trends, and what goes
// together with a chosen entity. Filters live in the URL so a view can be shared.
import { $, append, clear, el, getJson, number, percent, points, query, say, shareBar } from './dom.js';

const CATEGORY_TITLES = { role: 'Roles', skill: 'Skills', tool: 'Tools', certification: 'Certifications' };
const form = $('#filters');

function filters() {
  const data = new FormData(form);
  return {
    sector: data.get('sector') || '',
    country: data.get('country') || '',
    weeks: data.get('weeks') || '',
    category: data.get('category') || '',
  };
}

function setSelect(name, value) {
  const select = form.elements.namedItem(name);
  if (!value) return;
  // A value from a shared link that is not among the choices is still honoured.
  if (![...select.options].some((o) => o.value === value)) select.append(el('option', { value }, value));
  select.value = value;
}

async function loadFacets() {
  const facets = await getJson('/api/facets');
  const sector = form.elements.namedItem('sector');
  for (const s of facets.sectors) {
    sector.append(el('option', { value: s.value }, `${s.value === 'unclassified' ? 'Unclassified' : s.value} (${number(s.postings)})`));
  }
  const country = form.elements.namedItem('country');
  for (const c of facets.countries) country.append(el('option', { value: c.value }, `${c.value} (${number(c.postings)})`));
  return facets;
}

function demandTable(rows, max, onPick) {
  const body = el('tbody');
  for (const r of rows) {
    const pick = el('button', { type: 'button', class: 'link', title: 'Show what goes together with it' }, r.name);
    pick.addEventListener('click', () => onPick(r.name));
    body.append(
      el(
        'tr',
        {},
        el('th', { scope: 'row' }, pick),
        el('td', { class: 'group' }, r.group),
        el('td', { class: 'num' }, number(r.postings)),
        el('td', { class: 'share' }, shareBar(r.share, max), el('span', { class: 'pct' }, percent(r.share))),
      ),
    );
  }
  return el(
    'table',
    { class: 'grid' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Name'), el('th', { scope: 'col' }, 'Group'), el('th', { scope: 'col', class: 'num' }, 'Postings'), el('th', { scope: 'col' }, 'Share'))),
    body,
  );
}

async function loadDemand(f) {
  const rows = await getJson(`/api/demand${query(f)}`);
  const box = clear($('#demand'));
  const total = rows[0]?.total ?? 0;
  $('#summary').textContent = rows.length
    ? `${number(total)} postings in this selection; share = postings mentioning it ÷ all postings.`
    : 'No posting in this selection mentions a taxonomy entity.';
  const max = Math.max(0, ...rows.map((r) => r.share));
  for (const category of Object.keys(CATEGORY_TITLES)) {
    const inCategory = rows.filter((r) => r.category === category);
    if (inCategory.length === 0) continue;
    append(box, [el('h3', {}, `${CATEGORY_TITLES[category]} `, el('span', { class: 'muted' }, `(${inCategory.length})`)), demandTable(inCategory, max, showCooccurrence)]);
  }
  const list = clear($('#entities'));
  for (const r of rows) list.append(el('option', { value: r.name }));
}

function trendItem(r) {
  const interval = `${percent(r.current.low, 0)}–${percent(r.current.high, 0)}`;
  return el(
    'li',
    {},
    el('span', { class: 'name' }, r.name),
    el('span', { class: `delta ${r.label}` }, points(r.change)),
    el('span', { class: 'muted detail' }, `${percent(r.previous.share)} → ${percent(r.current.share)} (95 % CI ${interval})`),
  );
}

async function loadTrends(f) {
  const weeks = f.weeks && Number(f.weeks) <= 26 ? f.weeks : 4;
  const report = await getJson(`/api/trends${query({ weeks, sector: f.sector, country: f.country, category: f.category })}`);
  $('#trends-window').textContent =
    `Last ${report.weeks} weeks (from ${report.current.from}, ${number(report.current.total)} postings) ` +
    `against the ${report.weeks} before (${number(report.previous.total)} postings).`;
  for (const label of ['rising', 'falling']) {
    const items = report.rows.filter((r) => r.label === label).slice(0, 10);
    const list = clear($(`#${label}`));
    if (items.length === 0) list.append(el('li', { class: 'muted' }, 'None with enough data to be sure.'));
    else for (const r of items) list.append(trendItem(r));
  }
}

async function loadEmployers(f) {
  const rows = await getJson(`/api/employers${query({ sector: f.sector, country: f.country, weeks: f.weeks, limit: 8 })}`);
  const box = clear($('#employers'));
  if (rows.length === 0) {
    box.append(el('p', { class: 'muted' }, 'No employer names in this selection.'));
    return;
  }
  const max = Math.max(...rows.map((r) => r.postings));
  const body = el('tbody');
  // Company names are scraped text: they go in as text nodes, never as markup.
  for (const r of rows) {
    body.append(el('tr', {}, el('th', { scope: 'row', class: 'wrap' }, r.company), el('td', { class: 'share' }, shareBar(r.postings, max)), el('td', { class: 'num' }, number(r.postings))));
  }
  box.append(el('table', { class: 'grid compact employers' }, body));
}

async function showCooccurrence(entity) {
  $('#co-entity').value = entity;
  const box = clear($('#co'));
  const f = filters();
  try {
    const r = await getJson(`/api/cooccurrence${query({ entity, sector: f.sector, country: f.country, minSupport: 2, limit: 15 })}`);
    $('#co-summary').textContent = `${r.entity.name}: ${number(r.entity.postings)} of ${number(r.total)} postings. Lift above 1 means more often together than by chance.`;
    if (r.rows.length === 0) {
      box.append(el('p', { class: 'muted' }, 'Nothing is mentioned together with it often enough.'));
      return;
    }
    const body = el('tbody');
    for (const row of r.rows) {
      body.append(
        el('tr', {}, el('th', { scope: 'row' }, row.name), el('td', { class: 'num' }, number(row.together)), el('td', { class: 'num' }, percent(row.confidence, 0)), el('td', { class: 'num' }, row.lift.toFixed(2))),
      );
    }
    box.append(
      el(
        'table',
        { class: 'grid compact' },
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'With'), el('th', { scope: 'col', class: 'num' }, 'Both'), el('th', { scope: 'col', class: 'num' }, 'Of its postings'), el('th', { scope: 'col', class: 'num' }, 'Lift'))),
        body,
      ),
    );
  } catch (err) {
    $('#co-summary').textContent = err.message;
  }
}

async function refresh() {
  const f = filters();
  history.replaceState(null, '', query(f) || location.pathname);
  $('#csv').setAttribute('href', `/api/export/demand.csv${query(f)}`);
  say('Loading…');
  try {
    await Promise.all([loadDemand(f), loadTrends(f), loadEmployers(f)]);
    say('');
  } catch (err) {
    say(`Could not load the report: ${err.message}`, 'error');
  }
}

async function main() {
  const initial = new URLSearchParams(location.search);
  try {
    await loadFacets();
  } catch (err) {
    say(`Could not load the filter choices: ${err.message}`, 'error');
  }
  for (const name of ['sector', 'country', 'weeks', 'category']) setSelect(name, initial.get(name));
  form.addEventListener('change', refresh);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    refresh();
  });
  $('#co-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const entity = $('#co-entity').value.trim();
    if (entity) showCooccurrence(entity);
  });
  await refresh();
}

main();
