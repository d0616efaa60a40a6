// A career page whose job list exists only after client-side JavaScript runs: the HTML is a shell whose
// inline script fetches /careers/api/jobs.json from the same host and builds the list. A plain GET sees no jobs.
// Rendered markup (for the rendered adapter): li.job[data-id] > a.job-link[href], .job-title, .job-location,
// .job-country (ISO alpha-2, ';'-joined), time.job-posted[datetime], .job-description (HTML).
import { escapeHtml, type GeneratedPosting } from '../dataset.ts';
import { html, json, type BoardFormat, type RenderContext } from './format.ts';
import { sitePath } from './jsonld.format.ts';

function jobJson(p: GeneratedPosting, ctx: RenderContext): Record<string, unknown> {
  return {
    id: p.truth.externalId,
    title: p.truth.title,
    locations: p.truth.locations,
    countries: p.truth.countries,
    department: p.department,
    postedAt: p.truth.postedAt,
    updatedAt: p.truth.updatedAt,
    descriptionHtml: p.descriptionHtml,
    url: `${sitePath(ctx.board.locator)}/jobs/${p.truth.externalId}`,
  };
}

const RENDER_JOB = `function renderJob(job, tag) {
  var el = document.createElement(tag);
  el.className = tag === 'li' ? 'job' : 'job-detail';
  el.setAttribute('data-id', job.id);
  var a = document.createElement('a');
  a.className = 'job-link';
  a.href = job.url;
  var h = document.createElement('h2');
  h.className = 'job-title';
  h.textContent = job.title;
  a.appendChild(h);
  el.appendChild(a);
  var loc = document.createElement('p');
  loc.className = 'job-location';
  loc.textContent = job.locations.join('; ');
  el.appendChild(loc);
  var cc = document.createElement('span');
  cc.className = 'job-country';
  cc.textContent = job.countries.join(';');
  el.appendChild(cc);
  var t = document.createElement('time');
  t.className = 'job-posted';
  t.setAttribute('datetime', job.postedAt);
  t.textContent = job.postedAt.slice(0, 10);
  el.appendChild(t);
  var d = document.createElement('div');
  d.className = 'job-description';
  d.innerHTML = job.descriptionHtml;
  el.appendChild(d);
  return el;
}`;

function shell(title: string, script: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body>
<div id="app"><noscript>Please enable JavaScript to see our open positions.</noscript><p class="loading">Loading…</p></div>
<script>
${RENDER_JOB}
${script}
</script>
</body></html>
`;
}

export const renderedFormat: BoardFormat = {
  handle(req, ctx) {
    if (req.method !== 'GET') return null;
    const base = sitePath(ctx.board.locator);
    const postings = ctx.board.postings.filter((p) => p.listed);
    if (req.path === base || req.path === `${base}/`) {
      return html(
        shell(
          `Careers at ${ctx.board.employer.name}`,
          `fetch('${base}/api/jobs.json').then(function (r) { return r.json(); }).then(function (data) {
  var app = document.getElementById('app');
  app.innerHTML = '';
  var h = document.createElement('h1');
  h.textContent = data.company + ' careers';
  app.appendChild(h);
  var ul = document.createElement('ul');
  ul.id = 'job-list';
  data.jobs.forEach(function (job) { ul.appendChild(renderJob(job, 'li')); });
  app.appendChild(ul);
  document.body.setAttribute('data-loaded', 'true');
});`,
        ),
      );
    }
    if (req.path === `${base}/api/jobs.json`) {
      return json({ company: ctx.board.employer.name, jobs: postings.map((p) => jobJson(p, ctx)) }, { cacheable: true });
    }
    const apiJob = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/api/jobs/([^/]+)\\.json$`).exec(req.path);
    if (apiJob) {
      const p = postings.find((x) => x.truth.externalId === apiJob[1]);
      return p ? json({ company: ctx.board.employer.name, job: jobJson(p, ctx) }) : json({ error: 'not found' }, { status: 404 });
    }
    if (req.path.startsWith(`${base}/jobs/`)) {
      const id = req.path.slice(`${base}/jobs/`.length);
      if (!postings.some((x) => x.truth.externalId === id)) return html('<!DOCTYPE html><html><body><h1>Not found</h1></body></html>', { status: 404 });
      return html(
        shell(
          'Job details',
          `fetch('${base}/api/jobs/${encodeURIComponent(id)}.json').then(function (r) { return r.json(); }).then(function (data) {
  var app = document.getElementById('app');
  app.innerHTML = '';
  app.appendChild(renderJob(data.job, 'article'));
  document.body.setAttribute('data-loaded', 'true');
});`,
        ),
      );
    }
    return null;
  },
};
