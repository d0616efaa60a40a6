// The ops page: sources (pause/resume), runs with their counts and reasons, and a run's failed items with
// a retry. Reasons and locators come from scraped boards and are shown as text only.
import { $, ago, clear, dateTime, el, getJson, number, postJson, query, say } from './dom.js';

let selectedRun = null;

function table(headers, rows) {
  return el(
    'table',
    { class: 'grid' },
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col', class: h.num ? 'num' : undefined }, h.label ?? h)))),
    el('tbody', {}, rows),
  );
}

const badge = (status) => el('span', { class: `badge ${status}` }, status);

async function act(label, fn) {
  try {
    const message = await fn();
    say(typeof message === 'string' ? message : label, 'ok');
    await loadAll();
  } catch (err) {
    say(`Failed: ${err.message}`, 'error');
  }
}

async function loadSources() {
  const sources = await getJson('/api/sources');
  const select = $('#run-source');
  const chosen = select.value;
  select.replaceChildren(el('option', { value: '' }, 'All sources'), ...sources.map((s) => el('option', { value: String(s.id) }, `#${s.id} ${s.kind} ${s.locator}`)));
  select.value = chosen;
  const rows = sources.map((s) => {
    const button = s.enabled ? el('button', { type: 'button' }, 'Pause') : el('button', { type: 'button', class: 'primary' }, 'Resume');
    button.addEventListener('click', () => {
      if (s.enabled) {
        const reason = window.prompt(`Why pause source #${s.id} (${s.kind} ${s.locator})?`, 'paused by ops');
        if (reason === null || reason.trim() === '') return;
        act(`Source #${s.id} paused.`, () => postJson(`/api/sources/${s.id}/pause`, { reason }));
      } else {
        act(`Source #${s.id} resumed.`, () => postJson(`/api/sources/${s.id}/resume`, {}));
      }
    });
    const state = s.enabled ? el('span', { class: 'badge succeeded' }, 'enabled') : el('span', {}, el('span', { class: 'badge paused' }, 'paused'), ' ', el('span', { class: 'muted' }, s.pausedReason ?? ''));
    const last = s.lastRun ? el('span', {}, badge(s.lastRun.status), ' ', el('span', { class: 'muted' }, ago(s.lastRun.finishedAt ?? s.lastRun.createdAt))) : el('span', { class: 'muted' }, 'no run yet');
    return el(
      'tr',
      {},
      el('td', { class: 'num' }, String(s.id)),
      el('td', {}, s.kind),
      el('td', { class: 'wrap' }, s.locator),
      el('td', {}, el('code', {}, s.schedule ?? 'manual')),
      el('td', {}, state),
      el('td', {}, last),
      el('td', {}, ago(s.lastSuccessAt)),
      el('td', {}, button),
    );
  });
  const box = clear($('#sources'));
  box.append(rows.length ? table(['ID', 'Kind', 'Locator', 'Schedule', 'State', 'Last run', 'Last success', ''], rows) : el('p', { class: 'muted' }, 'No sources yet: add one with `skillpulse sources add`.'));
}

async function loadRuns() {
  const runs = await getJson(`/api/runs${query({ source: $('#run-source').value, limit: 50 })}`);
  const rows = runs.map((r) => {
    const show = el('button', { type: 'button', disabled: r.failed === 0 && r.status !== 'failed' ? true : undefined }, 'Failed items');
    show.addEventListener('click', () => showItems(r.id));
    return el(
      'tr',
      { class: r.id === selectedRun ? 'selected' : undefined },
      el('td', { class: 'num' }, String(r.id)),
      el('td', { class: 'num' }, `#${r.sourceId}`),
      el('td', {}, badge(r.status)),
      ...[r.found, r.new, r.changed, r.closed, r.failed].map((n) => el('td', { class: 'num' }, number(n))),
      el('td', { class: 'wrap reason' }, r.reason ?? ''),
      el('td', {}, dateTime(r.startedAt ?? r.createdAt)),
      el('td', {}, dateTime(r.finishedAt)),
      el('td', {}, show),
    );
  });
  const box = clear($('#runs'));
  const num = (label) => ({ label, num: true });
  box.append(
    rows.length
      ? table([num('Run'), num('Source'), 'Status', num('Found'), num('New'), num('Changed'), num('Closed'), num('Failed'), 'Reason', 'Started', 'Finished', ''], rows)
      : el('p', { class: 'muted' }, 'No runs yet.'),
  );
}

async function showItems(runId) {
  selectedRun = runId;
  const items = await getJson(`/api/runs/${runId}/items?status=failed`);
  $('#items-section').hidden = false;
  $('#items-title').textContent = `Failed items of run ${runId}`;
  $('#retry').disabled = items.length === 0;
  const box = clear($('#items'));
  box.append(
    items.length
      ? table(
          ['Board id', 'Posting', 'Change', 'Reason'],
          items.map((i) =>
            el(
              'tr',
              {},
              el('td', { class: 'wrap' }, el('code', {}, i.externalId)),
              el('td', { class: 'wrap' }, i.title ?? el('span', { class: 'muted' }, 'not stored'), i.company ? el('span', { class: 'muted' }, ` · ${i.company}`) : null),
              el('td', {}, i.change),
              el('td', { class: 'wrap reason' }, i.reason ?? ''),
            ),
          ),
        )
      : el('p', { class: 'muted' }, 'No failed items in this run.'),
  );
  for (const tr of document.querySelectorAll('#runs tbody tr')) tr.classList.toggle('selected', tr.firstChild?.textContent === String(runId));
}

async function loadAll() {
  try {
    await loadSources();
    await loadRuns();
    if (selectedRun !== null) await showItems(selectedRun);
  } catch (err) {
    say(`Could not load: ${err.message}`, 'error');
  }
}

$('#refresh').addEventListener('click', loadAll);
$('#run-source').addEventListener('change', () => loadRuns().catch((err) => say(err.message, 'error')));
$('#retry').addEventListener('click', () => {
  if (selectedRun === null) return;
  const runId = selectedRun;
  act(`Run ${runId}: failed items sent back to the queue.`, async () => {
    const r = await postJson(`/api/runs/${runId}/retry-failed`, {});
    if (r.skipped.length) return `Run ${runId}: ${r.requeued.length} re-queued, ${r.skipped.length} not: ${r.skipped[0].reason}`;
    return `Run ${runId}: ${r.requeued.length} failed item(s) sent back to the queue.`;
  });
});
loadAll();
setInterval(loadAll, 30_000);
