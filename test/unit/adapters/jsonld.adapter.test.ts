import { describe, expect, it } from 'vitest';
import { PermanentError } from '../../../src/errors.ts';
import { jsonldAdapter as jl } from '../../../src/adapters/jsonld.adapter.ts';
import { renderedAdapter as rd } from '../../../src/adapters/rendered.adapter.ts';
import { findJobPostings } from '../../../src/adapters/json-ld.ts';
import { parseSitemap } from '../../../src/adapters/sitemap.ts';
import { fixture, source } from './fixture.ts';

const LISTING = 'https://lumengrid.example/careers';
const src = source('jsonld', LISTING);
const local = source('jsonld', LISTING, { baseUrl: 'http://127.0.0.1:8800' });
const page = (name: string) => fixture(`jsonld/${name}`);

describe('jsonld adapter: listings and sitemaps', () => {
  it('starts with the listing (or sitemap) URL, through baseUrl, keeping the canonical URL in meta', () => {
    expect(jl.start(local)).toEqual([
      { url: 'http://127.0.0.1:8800/careers', method: 'GET', label: 'listing', meta: { pageUrl: LISTING } },
    ]);
    expect(jl.start(source('jsonld', 'https://lumengrid.example/sitemap.xml.gz'))[0]?.label).toBe('sitemap');
    expect(() => jl.start(source('jsonld', '/careers'))).toThrow(PermanentError);
  });

  it('turns job links of an HTML listing into stubs and follows rel=next', () => {
    const [req] = jl.start(local);
    const { page: p, skipped } = jl.parseListDetailed(page('listing.html'), req!, local);
    expect(skipped).toEqual([]);
    expect(p.postings.map((x) => [x.externalId, x.title, x.descriptionHtml])).toEqual([
      ['https://lumengrid.example/careers/jobs/4821-data-scientist', 'Data Scientist', null],
      ['https://lumengrid.example/careers/jobs/4822-devops-engineer', 'DevOps Engineer', null],
    ]);
    expect(p.followUps).toEqual([
      { url: 'http://127.0.0.1:8800/careers?page=2', method: 'GET', label: 'listing', meta: { pageUrl: 'https://lumengrid.example/careers?page=2' } },
    ]);
    expect(jl.needsDetail(p.postings[0]!, local)).toBe(true);
    expect(jl.detailRequest!(p.postings[0]!, local)).toEqual({
      url: 'http://127.0.0.1:8800/careers/jobs/4821-data-scientist',
      method: 'GET',
      label: 'detail',
      meta: { pageUrl: 'https://lumengrid.example/careers/jobs/4821-data-scientist' },
    });
  });

  it('honours options.linkPattern', () => {
    const s = source('jsonld', LISTING, { options: { linkPattern: '4822' } });
    const p = jl.parseList(page('listing.html'), jl.start(s)[0]!, s);
    expect(p.postings.map((x) => x.externalId)).toEqual(['https://lumengrid.example/careers/jobs/4822-devops-engineer']);
  });

  it('follows child sitemaps of a sitemap index, decided by content', () => {
    const s = source('jsonld', 'https://lumengrid.example/sitemap', { baseUrl: 'http://127.0.0.1:8800' });
    const p = jl.parseList(page('sitemap-index.xml'), jl.start(s)[0]!, s);
    expect(p.postings).toEqual([]);
    expect(p.followUps.map((r) => [r.url, r.label, r.meta?.pageUrl])).toEqual([
      ['http://127.0.0.1:8800/sitemaps/jobs-1.xml.gz', 'sitemap', 'https://lumengrid.example/sitemaps/jobs-1.xml.gz'],
      ['http://127.0.0.1:8800/sitemaps/pages.xml', 'sitemap', 'https://lumengrid.example/sitemaps/pages.xml'],
    ]);
  });

  it('lists every URL of a urlset (CDATA, &amp;, lastmod; comments ignored), or those matching linkPattern', () => {
    const sm = parseSitemap(page('sitemap-jobs.xml'));
    expect(sm?.kind).toBe('urlset');
    expect(sm?.entries.map((e) => e.loc)).toEqual([
      'https://lumengrid.example/careers/jobs/4821-data-scientist',
      'https://lumengrid.example/careers/jobs/4823-ml-engineer?lang=en&ref=sm',
      'https://lumengrid.example/careers/jobs/4824-analyst?lang=en&ref=sm',
      'https://lumengrid.example/about',
    ]);
    const s = source('jsonld', 'https://lumengrid.example/sitemap-jobs.xml', { options: { linkPattern: '/careers/jobs/' } });
    const p = jl.parseList(page('sitemap-jobs.xml'), jl.start(s)[0]!, s);
    expect(p.postings.map((x) => [x.externalId, x.updatedAt])).toEqual([
      ['https://lumengrid.example/careers/jobs/4821-data-scientist', '2026-10-02T06:30:00.000Z'],
      ['https://lumengrid.example/careers/jobs/4823-ml-engineer?lang=en&ref=sm', null],
      ['https://lumengrid.example/careers/jobs/4824-analyst?lang=en&ref=sm', '2026-09-30T00:00:00.000Z'],
    ]);
    expect(parseSitemap(page('listing.html'))).toBeNull();
  });

  it('keeps full postings embedded in a listing and skips an untitled one', () => {
    const { page: p, skipped } = jl.parseListDetailed(page('listing-embedded.html'), jl.start(src)[0]!, src);
    expect(p.postings).toHaveLength(1);
    expect(p.postings[0]).toMatchObject({
      externalId: 'https://lumengrid.example/careers/jobs/4900-support-lead',
      title: 'Support Lead',
      company: 'Lumen Grid',
      descriptionHtml: '<p>Zendesk and SQL.</p>',
      postedAt: '2026-08-01T00:00:00.000Z',
    });
    expect(jl.needsDetail(p.postings[0]!, src)).toBe(false);
    expect(skipped).toEqual([{ externalId: 'https://lumengrid.example/careers/jobs/4901-untitled', reason: 'JobPosting has no title' }]);
  });

  it('rejects a body that is neither sitemap nor HTML', () => {
    expect(() => jl.parseList('{"jobs": []}', jl.start(src)[0]!, src)).toThrow(/jsonld: .* neither a sitemap nor an HTML page/);
  });
});

describe('jsonld adapter: job pages', () => {
  const listed = () => jl.parseList(page('listing.html'), jl.start(src)[0]!, src).postings;

  it('finds JobPosting in @graph despite an invalid block, a commented-out block and CDATA', () => {
    const found = findJobPostings(page('job-graph.html'));
    expect(found.map((j) => j.title)).toEqual(['Data Scientist']);
  });

  it('maps @graph JobPosting: escaped description, country object, TELECOMMUTE, applicant countries', () => {
    const stub = listed()[0]!;
    const merged = jl.parseDetail!(page('job-graph.html'), jl.detailRequest!(stub, src), stub, src);
    expect(merged).toEqual({
      externalId: 'https://lumengrid.example/careers/jobs/4821-data-scientist',
      title: 'Data Scientist',
      company: 'Lumen Grid',
      url: 'https://lumengrid.example/careers/jobs/4821-data-scientist',
      locations: ['Lisbon, PT'],
      countryHints: ['PT', 'Portugal', 'ES'],
      remote: true,
      descriptionHtml: '<p>Build forecasting models in Python with pandas &amp; scikit-learn.</p><ul><li>Spark</li></ul>',
      postedAt: '2026-10-02T00:00:00.000Z',
      updatedAt: null,
      industry: 'Energy',
      department: null,
      employmentType: 'FULL_TIME, CONTRACTOR',
    });
  });

  it('maps an array of objects: multiple locations, alpha-3 and name countries, placeholders dropped', () => {
    const stub = listed()[1]!;
    const merged = jl.parseDetail!(page('job-array.html'), jl.detailRequest!(stub, src), stub, src);
    expect(merged.locations).toEqual(['Berlin, BE, DEU', 'Porto, Portugal']);
    expect(merged.countryHints).toEqual(['DEU', 'Portugal']);
    expect(merged.remote).toBeNull();
    expect(merged.postedAt).toBe('2026-09-22T04:00:00.000Z');
    expect(merged.descriptionHtml).toBe('<h2>Role</h2>\n<p>Terraform, Kubernetes and GitHub Actions.</p>');
    expect(merged.employmentType).toBe('OTHER');
  });

  it('throws PermanentError when a page has no JobPosting', () => {
    const stub = listed()[0]!;
    expect(() => jl.parseDetail!(page('listing.html'), jl.detailRequest!(stub, src), stub, src)).toThrow(/jsonld: no JobPosting JSON-LD/);
  });
});

describe('rendered adapter', () => {
  const sel = { item: '.opening', title: '.t', link: 'a.go', location: '.loc', description: '.job-body' };
  const rsrc = source('rendered', 'https://vistula.example/jobs', { options: { selectors: sel, company: 'Vistula Soft' } });

  it('asks for rendering on every request', () => {
    const [req] = rd.start(rsrc);
    expect(req).toMatchObject({ url: 'https://vistula.example/jobs', render: true, label: 'listing' });
  });

  it('reads listing items with selectors, skipping one without a link', () => {
    const { page: p, skipped } = rd.parseListDetailed(page('rendered-listing.html'), rd.start(rsrc)[0]!, rsrc);
    expect(p.postings.map((x) => [x.externalId, x.title, x.locations, x.company])).toEqual([
      ['https://vistula.example/o/77-backend', 'Backend Developer', ['Kraków, Poland'], 'Vistula Soft'],
      ['https://vistula.example/o/78-qa', 'QA Engineer', ['Remote'], 'Vistula Soft'],
    ]);
    expect(skipped).toEqual([{ reason: 'listing item 2 has no link' }]);
    expect(rd.detailRequest!(p.postings[0]!, rsrc).render).toBe(true);
  });

  it('falls back to the description selector on pages without JSON-LD', () => {
    const stub = rd.parseList(page('rendered-listing.html'), rd.start(rsrc)[0]!, rsrc).postings[0]!;
    const merged = rd.parseDetail!(page('rendered-job.html'), rd.detailRequest!(stub, rsrc), stub, rsrc);
    expect(merged.title).toBe('Backend Developer');
    expect(merged.descriptionHtml).toBe('<p>Java 21, Spring Boot and PostgreSQL.</p><ul><li>Docker</li></ul>');
    expect(merged.locations).toEqual(['Kraków, Poland']);
  });

  it('still prefers JSON-LD when the rendered page has it', () => {
    const stub = rd.parseList(page('rendered-listing.html'), rd.start(rsrc)[0]!, rsrc).postings[1]!;
    const merged = rd.parseDetail!(page('job-array.html'), rd.detailRequest!(stub, rsrc), stub, rsrc);
    expect(merged.title).toBe('DevOps Engineer');
    expect(merged.externalId).toBe('https://vistula.example/o/78-qa');
  });

  it('reads ids, countries, dates and descriptions of listing items when selectors name them', () => {
    const s = source('rendered', 'https://jobs.fjordline.example/careers', {
      options: {
        selectors: {
          item: 'li.job',
          id: 'data-id',
          title: '.job-title',
          link: 'a.job-link',
          location: '.job-location',
          country: '.job-country',
          posted: 'time.job-posted',
          description: '.job-description',
        },
      },
    });
    const p = rd.parseList(page('rendered-list-items.html'), rd.start(s)[0]!, s).postings;
    expect(p.map((x) => [x.externalId, x.url, x.title, x.locations, x.countryHints, x.postedAt])).toEqual([
      ['JOB-41', 'https://jobs.fjordline.example/careers/jobs/41', 'Cloud Engineer', ['Dublin, Ireland', 'Remote - Portugal'], ['IE', 'PT'], '2026-09-14T08:00:00.000Z'],
      ['JOB-42', 'https://jobs.fjordline.example/careers/jobs/42', 'Data Analyst', ['Oslo, Norway'], ['NO'], '2026-09-15T00:00:00.000Z'],
    ]);
    expect(p[0]?.descriptionHtml).toBe('<p>AWS, Terraform &amp; Python.</p>');
    expect(rd.needsDetail(p[0]!, s)).toBe(false);
    expect(rd.needsDetail(p[1]!, s)).toBe(true);
    expect(rd.detailRequest!(p[1]!, s)).toMatchObject({ url: 'https://jobs.fjordline.example/careers/jobs/42', render: true });
  });
});
