import { describe, expect, it } from 'vitest';
import { PermanentError } from '../../../src/errors.ts';
import { adapterFor, adapters } from '../../../src/adapters/index.ts';
import { greenhouseAdapter, greenhouseContentToHtml } from '../../../src/adapters/greenhouse.adapter.ts';
import { fixture, source } from './fixture.ts';

const src = source('greenhouse', 'northwind');

describe('greenhouse adapter', () => {
  it('is registered under its kind', () => {
    expect(adapterFor('greenhouse')).toBe(greenhouseAdapter);
    expect(adapters.greenhouse.kind).toBe('greenhouse');
  });

  it('requests the whole board with content', () => {
    expect(greenhouseAdapter.start(src)).toEqual([
      { url: 'https://boards-api.greenhouse.io/v1/boards/northwind/jobs?content=true', method: 'GET', label: 'list' },
    ]);
  });

  it('replaces scheme, host and port with baseUrl on every URL', () => {
    const local = source('greenhouse', 'northwind', { baseUrl: 'http://127.0.0.1:4010' });
    expect(greenhouseAdapter.start(local)[0]?.url).toBe('http://127.0.0.1:4010/v1/boards/northwind/jobs?content=true');
    const page = greenhouseAdapter.parseList(fixture('greenhouse.list.json'), greenhouseAdapter.start(local)[0]!, local);
    const detail = greenhouseAdapter.detailRequest!(page.postings[0]!, local);
    expect(detail.url).toBe('http://127.0.0.1:4010/v1/boards/northwind/jobs/7100200004');
  });

  it('parses the list: fields, dates, escaped content, locations, remote flags', () => {
    const req = greenhouseAdapter.start(src)[0]!;
    const { page, skipped } = greenhouseAdapter.parseListDetailed(fixture('greenhouse.list.json'), req, src);
    expect(page.total).toBe(4);
    expect(page.followUps).toEqual([]);
    expect(page.postings.map((p) => p.externalId)).toEqual(['7100200004', '7100300004', '7100500004']);
    expect(skipped).toEqual([{ externalId: '7100400004', reason: 'item has no title' }]);

    const [data, ml, design] = page.postings;
    expect(data).toEqual({
      externalId: '7100200004',
      title: 'Senior Data Engineer',
      company: 'Northwind Analytics',
      url: 'https://job-boards.greenhouse.io/northwind/jobs/7100200004',
      locations: ['Hybrid - Dublin', 'Dublin, County Dublin, Ireland'],
      countryHints: [],
      remote: false,
      descriptionHtml:
        '<div class="content-intro"><h2>About Northwind:</h2>\n<p>We build pipelines in Python &amp; SQL on Apache Spark. You\'ll own our dbt models.</p></div>',
      postedAt: '2026-02-10T13:00:00.000Z',
      updatedAt: '2026-03-02T14:15:00.000Z',
      industry: null,
      department: 'Data Platform',
      employmentType: null,
    });
    expect(ml?.remote).toBe(true);
    expect(ml?.locations).toEqual(['Remote, Canada', 'Remote, US', 'United States', 'Toronto, ON, Canada']);
    expect(ml?.url).toBe('https://northwind.example/careers?gh_jid=7100300004');
    expect(ml?.department).toBeNull();
    expect(ml?.postedAt).toBe('2026-03-01T20:00:00.000Z');
    // Docs shape: double-escaped content decodes to HTML; no first_published → null, never "now".
    expect(design?.descriptionHtml).toBe('Design tools we use. <p>Figma and user research every week.</p>');
    expect(design?.postedAt).toBeNull();
    expect(design?.company).toBeNull();
    expect(design?.remote).toBeNull();
  });

  it('does not need a detail when the list carries content', () => {
    const page = greenhouseAdapter.parseList(fixture('greenhouse.list.json'), greenhouseAdapter.start(src)[0]!, src);
    expect(page.postings.every((p) => !greenhouseAdapter.needsDetail(p, src))).toBe(true);
  });

  it('merges a detail response into a listed stub', () => {
    const listed = {
      ...greenhouseAdapter.parseList(fixture('greenhouse.list.json'), greenhouseAdapter.start(src)[0]!, src).postings[0]!,
      externalId: '7100600004',
      descriptionHtml: null,
    };
    expect(greenhouseAdapter.needsDetail(listed, src)).toBe(true);
    const req = greenhouseAdapter.detailRequest!(listed, src);
    expect(req.url).toBe('https://boards-api.greenhouse.io/v1/boards/northwind/jobs/7100600004');
    const merged = greenhouseAdapter.parseDetail!(fixture('greenhouse.detail.json'), req, listed, src);
    expect(merged.externalId).toBe('7100600004');
    expect(merged.title).toBe('Site Reliability Engineer');
    expect(merged.descriptionHtml).toBe('<p>Run Terraform and Prometheus across AWS.</p>');
    expect(merged.department).toBe('Infrastructure');
    expect(merged.locations).toContain('London, England, United Kingdom');
    expect(merged.postedAt).toBe('2026-03-28T13:00:00.000Z');
  });

  it('keeps content that already is HTML as given', () => {
    expect(greenhouseContentToHtml('<p>Tom &amp; Jerry</p>')).toBe('<p>Tom &amp; Jerry</p>');
    expect(greenhouseContentToHtml('plain text, no tags')).toBe('plain text, no tags');
  });

  it('throws PermanentError on malformed bodies', () => {
    const req = greenhouseAdapter.start(src)[0]!;
    expect(() => greenhouseAdapter.parseList('<html>oops</html>', req, src)).toThrow(PermanentError);
    expect(() => greenhouseAdapter.parseList('{"data": []}', req, src)).toThrow(/greenhouse: envelope has no "jobs" array/);
    expect(() => greenhouseAdapter.parseList('[1,2]', req, src)).toThrow(PermanentError);
  });
});
