// The local boards over real HTTP on loopback: real shapes per kind, paging, robots, faults, ETags, mutate.
import { request as httpRequest } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPosting, editPosting, generateDataset, removePosting } from '../../src/boards/dataset.ts';
import { startBoards, type RunningBoard, type RunningBoards } from '../../src/boards/server.ts';
import type { SourceKind } from '../../src/core/types.ts';

let run: RunningBoards;
const board = (kind: SourceKind): RunningBoard => run.boards.find((b) => b.kind === kind)!;

/** Raw GET, so byte-level faults (invalid UTF-8, truncation) are visible. */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer; error?: Error }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const req = httpRequest(url, { headers }, (res) => {
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', (error) => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), error }));
      res.on('aborted', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), error: new Error('aborted') }));
    });
    req.on('error', (error) => resolve({ status: 0, headers: {}, body: Buffer.concat(chunks), error }));
    req.end();
  });
}

async function getJson<T = any>(url: string, init?: RequestInit): Promise<{ status: number; body: T; res: Response }> {
  const res = await fetch(url, { redirect: 'manual', ...init });
  return { status: res.status, body: (await res.json()) as T, res };
}

beforeAll(async () => {
  run = await startBoards({ dataset: generateDataset({ seed: 7 }), hosts: ['127.0.0.1', '127.0.0.2', '127.0.0.3'] });
});
afterAll(async () => {
  await run?.close();
});

describe('board formats', () => {
  it('greenhouse: entity-escaped content (some twice), offsets in dates, offices and meta', async () => {
    const gh = board('greenhouse');
    const { status, body } = await getJson(`${gh.baseUrl}/v1/boards/${gh.locator}/jobs?content=true`);
    expect(status).toBe(200);
    expect(body.meta.total).toBe(gh.truth.length);
    expect(body.jobs.map((j: any) => String(j.id)).sort()).toEqual(gh.truth.map((t) => t.externalId).sort());
    for (const j of body.jobs) {
      expect(j.content).not.toMatch(/<p>/);
      expect(j.content).toMatch(/^&(amp;)?lt;p&(amp;)?gt;/);
      expect(j.first_published).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
      expect(j.updated_at).toMatch(/[+-]\d\d:\d\d$/);
      expect(j.offices[0].location).toMatch(/(United States|Canada|India|United Kingdom|Germany|Singapore|Australia|Netherlands|France|Ireland|Japan)$/);
      const t = gh.truth.find((x) => x.externalId === String(j.id))!;
      expect(Date.parse(j.first_published)).toBe(Date.parse(t.postedAt.replace(/\.\d+Z$/, 'Z')));
    }
    const jobs: any[] = [];
    for (const b of run.boards.filter((x) => x.kind === 'greenhouse')) jobs.push(...(await getJson(`${b.baseUrl}/v1/boards/${b.locator}/jobs?content=true`)).body.jobs);
    expect(jobs.some((j: any) => j.content.startsWith('&amp;lt;p&amp;gt;'))).toBe(true);
    const plain = (await getJson(`${gh.baseUrl}/v1/boards/${gh.locator}/jobs`)).body;
    expect(plain.jobs[0].content).toBeUndefined();
    const one = (await getJson(`${gh.baseUrl}/v1/boards/${gh.locator}/jobs/${body.jobs[0].id}`)).body;
    expect(one.title).toBe(body.jobs[0].title);
    expect((await fetch(`${gh.baseUrl}/v1/boards/${gh.locator}/jobs/1`)).status).toBe(404);
  });

  it('lever: bare array, epoch-ms createdAt, alpha-2 country, skip/limit paging', async () => {
    const lv = board('lever');
    const { body } = await getJson(`${lv.baseUrl}/v0/postings/${lv.locator}?mode=json`);
    expect(Array.isArray(body)).toBe(true);
    expect(body).toHaveLength(lv.truth.length);
    for (const p of body) {
      expect(typeof p.createdAt).toBe('number');
      expect(p.country).toMatch(/^[A-Z]{2}$/);
      expect(p.lists.length).toBe(2);
      expect(p.lists[1].content).toMatch(/^<li>/);
    }
    const page = (await getJson(`${lv.baseUrl}/v0/postings/${lv.locator}?mode=json&skip=2&limit=3`)).body;
    expect(page.map((p: any) => p.id)).toEqual(body.slice(2, 5).map((p: any) => p.id));
  });

  it('ashby: apiVersion envelope, unlisted jobs flagged, country names', async () => {
    const ab = board('ashby');
    const { body } = await getJson(`${ab.baseUrl}/posting-api/job-board/${ab.locator}?includeCompensation=true`);
    expect(body.apiVersion).toBe('1');
    expect(body.jobs.filter((j: any) => j.isListed).length).toBe(ab.truth.length);
    expect(body.jobs.some((j: any) => j.isListed === false)).toBe(true);
    expect(body.jobs[0].publishedAt).toMatch(/\.\d{3}\+00:00$/);
    expect(body.jobs[0].compensation.summaryComponents[0].compensationType).toBe('Salary');
    expect(body.jobs[0].address.postalAddress.addressCountry).not.toMatch(/^[A-Z]{2}$/);
  });

  it('workday: POST paging with limit ≤ 20, facets, capped total that wraps, detail with alpha2Code', async () => {
    const wd = board('workday');
    const [host, site] = wd.locator.split('/');
    const tenant = host!.split('.')[0];
    const url = `${wd.baseUrl}/wday/cxs/${tenant}/${site}/jobs`;
    const post = (b: unknown) => getJson(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(b) });
    const tooBig = await post({ appliedFacets: {}, limit: 50, offset: 0, searchText: '' });
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.httpStatus).toBe(400);
    const paths: string[] = [];
    let total = -1;
    for (let offset = 0; ; offset += 20) {
      const { status, body } = await post({ appliedFacets: {}, limit: 20, offset, searchText: '' });
      expect(status).toBe(200);
      if (offset === 0) total = body.total;
      paths.push(...body.jobPostings.map((j: any) => j.externalPath));
      if (body.jobPostings.length < 20) break;
    }
    expect(total).toBe(wd.truth.length);
    expect(paths.sort()).toEqual(wd.truth.map((t) => t.externalId).sort());
    const first = (await post({ appliedFacets: {}, limit: 20, offset: 0, searchText: '' })).body;
    const facet = first.facets[0].values[0];
    expect(facet.facetParameter).toBe('locations');
    const value = facet.values[0];
    const filtered = (await post({ appliedFacets: { locations: [value.id] }, limit: 20, offset: 0, searchText: '' })).body;
    expect(filtered.total).toBe(value.count);
    const detail = await fetch(`${wd.baseUrl}/wday/cxs/${tenant}/${site}${paths[0]}`);
    const raw = await detail.text();
    expect(raw).toContain('\\u003C'); // '<' escaped in the raw JSON, as the real service does
    const info = JSON.parse(raw).jobPostingInfo;
    expect(info.jobDescription).toMatch(/^<p>/);
    expect(info.jobRequisitionLocation.country.alpha2Code).toMatch(/^[A-Z]{2}$/);
    expect(info.startDate).toMatch(/^\d{4}-\d\d-\d\d$/);
  });

  it('workday: the total ceiling wraps paging back to the start', async () => {
    const ds = generateDataset({ seed: 7 });
    const capped = await startBoards({ dataset: ds, workday: { totalCap: 10 } });
    try {
      const wd = capped.boards.find((b) => b.kind === 'workday')!;
      const [host, site] = wd.locator.split('/');
    const tenant = host!.split('.')[0];
      const post = async (offset: number) =>
        (await getJson(`${wd.baseUrl}/wday/cxs/${tenant}/${site}/jobs`, { method: 'POST', body: JSON.stringify({ appliedFacets: {}, limit: 5, offset }) })).body;
      const a = await post(0);
      const b = await post(10);
      expect(a.total).toBe(10);
      expect(b.jobPostings.map((j: any) => j.externalPath)).toEqual(a.jobPostings.map((j: any) => j.externalPath));
    } finally {
      await capped.close();
    }
  });

  it('smartrecruiters: offset/limit/totalFound envelope, lowercase country, detail sections', async () => {
    const sr = board('smartrecruiters');
    const { body } = await getJson(`${sr.baseUrl}/v1/companies/${sr.locator}/postings?limit=5&offset=0`);
    expect(body).toMatchObject({ offset: 0, limit: 5, totalFound: sr.truth.length });
    expect(body.content[0].location.country).toMatch(/^[a-z]{2}$/);
    expect(body.content[0].jobAd).toBeUndefined();
    const detail = (await getJson(body.content[0].ref)).body;
    expect(Object.keys(detail.jobAd.sections)).toEqual(['companyDescription', 'jobDescription', 'qualifications', 'additionalInformation']);
  });

  it('workable, recruitee, oracle, eightfold: their envelopes and field formats', async () => {
    const wk = board('workable');
    const widget = (await getJson(`${wk.baseUrl}/api/v1/widget/accounts/${wk.locator}?details=true`)).body;
    expect(widget.jobs[0].published_on).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(widget.jobs[0].description).toContain('<p><strong>Requirements</strong></p>');
    const v2 = (await getJson(`${wk.baseUrl}/api/v2/accounts/${wk.locator}/jobs/${widget.jobs[0].shortcode}`)).body;
    expect(Array.isArray(v2.department)).toBe(true);

    const rc = board('recruitee');
    const offers = (await getJson(`${rc.baseUrl}/api/offers/`)).body.offers;
    expect(offers).toHaveLength(rc.truth.length);
    expect(offers[0].published_at).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/);
    expect(typeof offers[0].salary.min).toBe('string');

    const orc = board('oracle');
    const finder = `findReqs;siteNumber=${orc.locator.split('/')[1]},facetsList=LOCATIONS;TITLES,limit=5,offset=5`;
    const list = (await getJson(`${orc.baseUrl}/hcmRestApi/resources/latest/recruitingCEJobRequisitions?onlyData=true&finder=${encodeURIComponent(finder)}`)).body;
    expect(list.count).toBe(1);
    expect(list.items[0].TotalJobsCount).toBe(orc.truth.length);
    expect(list.items[0].requisitionList).toHaveLength(Math.min(5, orc.truth.length - 5));
    const id = list.items[0].requisitionList[0].Id;
    const det = (await getJson(`${orc.baseUrl}/hcmRestApi/resources/latest/recruitingCEJobRequisitionDetails?expand=all&onlyData=true&finder=${encodeURIComponent(`ById;Id="${id}",siteNumber=${orc.locator.split('/')[1]}`)}`)).body;
    expect(det.items[0].ExternalQualificationsStr).toMatch(/^<ul>/);

    const ef = board('eightfold');
    const search = (await getJson(`${ef.baseUrl}/api/pcsx/search?domain=${ef.locator.split('/')[1]}&start=0&num=50`)).body;
    expect(search.status).toBe(200);
    expect(search.data.count).toBe(ef.truth.length);
    expect(search.data.positions.length).toBe(Math.min(10, ef.truth.length));
    expect(String(search.data.positions[0].postedTs)).toMatch(/^\d{10}$/);
  });

  it('jsonld: listing, JobPosting pages, sitemap index with a gzipped child, announced in robots.txt', async () => {
    const jl = run.boards.find((b) => b.kind === 'jsonld' && b.truth.length > 3)!;
    const robots = await (await fetch(`${jl.baseUrl}/robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${jl.baseUrl}/sitemap.xml`);
    const index = await (await fetch(`${jl.baseUrl}/sitemap.xml`)).text();
    expect(index).toContain('<sitemapindex');
    const plain = await (await fetch(`${jl.baseUrl}/sitemaps/jobs-1.xml`)).text();
    const gz = await rawGet(`${jl.baseUrl}/sitemaps/jobs-2.xml.gz`);
    const locs = [...plain.matchAll(/<loc>([^<]+)<\/loc>/g), ...gunzipSync(gz.body).toString().matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs).toHaveLength(jl.truth.length);
    const page = await (await fetch(locs[0]!)).text();
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)![1]!);
    const nodes = Array.isArray(ld) ? ld : ld['@graph'] ?? [ld];
    const posting = nodes.find((n: any) => [n['@type']].flat().includes('JobPosting'));
    expect(posting.title).toBeTruthy();
    expect(posting.datePosted).toMatch(/^\d{4}-\d\d-\d\d/);
    expect(posting.hiringOrganization.name).toBe(jl.employer);
  });

  it('rendered: the job list is only in the JSON the page script fetches', async () => {
    const rd = board('rendered');
    const shell = await (await fetch(`${rd.baseUrl}/careers`)).text();
    expect(shell).toContain("fetch('/careers/api/jobs.json')");
    for (const t of rd.truth) expect(shell).not.toContain(t.title);
    const data = (await getJson(`${rd.baseUrl}/careers/api/jobs.json`)).body;
    expect(data.jobs.map((j: any) => j.id).sort()).toEqual(rd.truth.map((t) => t.externalId).sort());
  });
});

describe('robots, ETags, mutate, request log', () => {
  it('serves robots.txt per host and honours per-host settings', async () => {
    const [a, b] = run.hosts;
    run.setRobots(new URL(b!).hostname, { disallow: ['/v1/'], crawlDelay: 2 });
    const ra = await (await fetch(`${a}/robots.txt`)).text();
    const rb = await (await fetch(`${b}/robots.txt`)).text();
    expect(ra).not.toContain('Disallow: /v1/');
    expect(rb).toContain('Disallow: /v1/');
    expect(rb).toContain('Crawl-delay: 2');
    run.setRobots(new URL(b!).hostname, { status: 401 });
    expect((await fetch(`${b}/robots.txt`)).status).toBe(401);
    run.setRobots(new URL(b!).hostname, null);
  });

  it('answers If-None-Match with 304 until the board changes, and mutate changes it', async () => {
    const gh = board('greenhouse');
    const url = `${gh.baseUrl}/v1/boards/${gh.locator}/jobs?content=true`;
    const first = await fetch(url);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    expect((await fetch(url, { headers: { 'if-none-match': etag } })).status).toBe(304);
    const before = gh.truth.length;
    let added = '';
    let removed = '';
    run.mutate((ds) => {
      added = addPosting(ds, gh.def).truth.externalId;
      const victim = gh.def.postings[0]!;
      removed = victim.truth.externalId;
      removePosting(gh.def, removed);
      editPosting(gh.def.postings[0]!, 'MLflow', '2026-10-05T00:00:00.000Z');
    });
    const after = await fetch(url, { headers: { 'if-none-match': etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    const ids = ((await after.json()) as any).jobs.map((j: any) => String(j.id));
    expect(ids).toContain(added);
    expect(ids).not.toContain(removed);
    expect(gh.truth.length).toBe(before);
    expect(gh.def.postings[0]!.truth.entities.some((e) => e.name === 'MLflow')).toBe(true);
  });

  it('logs every request with host, path, status and monotonic arrival time', async () => {
    const host = new URL(run.hosts[2]!).host;
    const beforeCount = run.requests.forHost(host).length;
    await fetch(`${run.hosts[2]}/robots.txt`, { headers: { 'user-agent': 'skillpulse-test' } });
    await fetch(`${run.hosts[2]}/nothing-here`);
    const log = run.requests.forHost(host).slice(beforeCount);
    expect(log.map((r) => [r.path, r.status])).toEqual([['/robots.txt', 200], ['/nothing-here', 404]]);
    expect(log[0]!.userAgent).toBe('skillpulse-test');
    expect(log[1]!.at).toBeGreaterThanOrEqual(log[0]!.at);
  });
});

describe('faults', () => {
  const lv = () => board('lever');
  const listUrl = () => `${lv().baseUrl}/v0/postings/${lv().locator}?mode=json`;
  const path = () => `/v0/postings/${lv().locator}`;

  it('429 with Retry-After in seconds and as an HTTP date, then normal service', async () => {
    run.setFaults([
      { path: path(), fault: { kind: 'rate-limit', retryAfterSeconds: 7 } },
      { path: path(), fault: { kind: 'rate-limit', retryAfterSeconds: 30, retryAfterAsDate: true } },
    ]);
    const a = await fetch(listUrl());
    expect(a.status).toBe(429);
    expect(a.headers.get('retry-after')).toBe('7');
    const b = await fetch(listUrl());
    expect(b.status).toBe(429);
    const when = Date.parse(b.headers.get('retry-after')!);
    expect(when).toBeGreaterThan(Date.now() + 20_000);
    expect((await fetch(listUrl())).status).toBe(200);
    expect(run.faultsFired()).toEqual([1, 1]);
  });

  it('503 bursts limited by count and scoped to one host', async () => {
    const ip = new URL(lv().baseUrl).hostname;
    run.setFaults([{ host: ip, count: 3, fault: { kind: 'unavailable', retryAfterSeconds: 1 } }]);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetch(listUrl())).status);
    expect(statuses).toEqual([503, 503, 503, 200]);
    const other = run.hosts.find((h) => new URL(h).hostname !== ip)!;
    run.setFaults([{ host: ip, count: 3, fault: { kind: 'unavailable' } }]);
    expect((await fetch(`${other}/robots.txt`)).status).toBe(200);
  });

  it('truncated JSON, invalid UTF-8 and an aborted body', async () => {
    run.setFaults([
      { path: path(), fault: { kind: 'truncate' } },
      { path: path(), fault: { kind: 'invalid-utf8' } },
      { path: path(), fault: { kind: 'truncate', abort: true } },
    ]);
    const cut = await rawGet(listUrl());
    expect(cut.status).toBe(200);
    expect(() => JSON.parse(cut.body.toString('utf8'))).toThrow();
    const bad = await rawGet(listUrl());
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bad.body)).toThrow();
    const aborted = await rawGet(listUrl());
    expect(aborted.error).toBeDefined();
  });

  it('slow (trickled) and huge bodies still carry the real content', async () => {
    run.setFaults([
      { path: path(), fault: { kind: 'slow', chunkBytes: 4096, intervalMs: 5 } },
      { path: path(), fault: { kind: 'huge', bytes: 3_000_000 } },
    ]);
    const slow = await fetch(listUrl());
    expect(((await slow.json()) as unknown[]).length).toBe(lv().truth.length);
    const huge = await rawGet(listUrl());
    expect(huge.body.length).toBe(3_000_000);
    expect((JSON.parse(huge.body.toString('utf8')) as unknown[]).length).toBe(lv().truth.length);
  });

  it('redirect loop, redirect to a private address, page needing JavaScript, robots disallow, reset', async () => {
    run.setFaults([
      { path: path(), count: 4, fault: { kind: 'redirect-loop' } },
      { path: '/v1/boards/', fault: { kind: 'redirect', location: 'http://10.0.0.1/' } },
      { path: '/careers', fault: { kind: 'needs-js' } },
      { host: new URL(lv().baseUrl).hostname, fault: { kind: 'robots-disallow' } },
      { path: '/posting-api/', fault: { kind: 'reset' } },
    ]);
    const r1 = await fetch(listUrl(), { redirect: 'manual' });
    expect(r1.status).toBe(302);
    const loc1 = r1.headers.get('location')!;
    expect(loc1).toContain('_loop=1');
    const r2 = await fetch(new URL(loc1, lv().baseUrl), { redirect: 'manual' });
    expect(new URL(r2.headers.get('location')!, lv().baseUrl).searchParams.get('_loop')).toBeNull();
    const gh = board('greenhouse');
    const priv = await fetch(`${gh.baseUrl}/v1/boards/${gh.locator}/jobs`, { redirect: 'manual' });
    expect(priv.status).toBe(302);
    expect(priv.headers.get('location')).toBe('http://10.0.0.1/');
    const rd = board('rendered');
    const js = await (await fetch(`${rd.baseUrl}/careers`)).text();
    expect(js).toContain('enable JavaScript');
    expect(await (await fetch(`${lv().baseUrl}/robots.txt`)).text()).toBe('User-agent: *\nDisallow: /\n');
    const ab = board('ashby');
    const reset = await rawGet(`${ab.baseUrl}/posting-api/job-board/${ab.locator}`);
    expect(reset.error).toBeDefined();
    run.setFaults([]);
    expect((await fetch(listUrl())).status).toBe(200);
  });
});
