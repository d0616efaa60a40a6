import { describe, expect, it } from 'vitest';
import { PermanentError } from '../../../src/errors.ts';
import { parseWorkdayLocator, workdayAdapter as wd, workdayFacets } from '../../../src/adapters/workday.adapter.ts';
import type { RequestSpec } from '../../../src/core/types.ts';
import { fixture, source } from './fixture.ts';

const src = source('workday', 'helixbio.wd5.myworkdayjobs.com/BioCareers');
const body = (r: RequestSpec) => JSON.parse(r.body ?? 'null') as { appliedFacets: Record<string, string[]>; limit: number; offset: number };

describe('workday adapter', () => {
  it('reads locators: host/site, full URLs with a locale, myworkdaysite paths, tenant override', () => {
    expect(parseWorkdayLocator(src)).toEqual({ host: 'helixbio.wd5.myworkdayjobs.com', tenant: 'helixbio', site: 'BioCareers' });
    expect(parseWorkdayLocator(source('workday', 'https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite?q=x'))).toEqual({
      host: 'nvidia.wd5.myworkdayjobs.com',
      tenant: 'nvidia',
      site: 'NVIDIAExternalCareerSite',
    });
    expect(parseWorkdayLocator(source('workday', 'wd1.myworkdaysite.com/recruiting/acme/External'))).toEqual({
      host: 'wd1.myworkdaysite.com',
      tenant: 'acme',
      site: 'External',
    });
    expect(parseWorkdayLocator(source('workday', 'vhr-x.wd3.myworkdayjobs.com/Jobs', { options: { tenant: 'vhr_x' } })).tenant).toBe('vhr_x');
    expect(() => parseWorkdayLocator(source('workday', 'helixbio'))).toThrow(PermanentError);
  });

  it('starts with a POST of the first 20, through baseUrl', () => {
    const [req] = wd.start({ ...src, baseUrl: 'http://127.0.0.1:6100' });
    expect(req?.method).toBe('POST');
    expect(req?.url).toBe('http://127.0.0.1:6100/wday/cxs/helixbio/BioCareers/jobs');
    expect(req?.headers?.['content-type']).toBe('application/json');
    expect(body(req!)).toEqual({ appliedFacets: {}, limit: 20, offset: 0, searchText: '' });
  });

  it('parses a list without descriptions: every posting needs its detail; relative dates stay null', () => {
    const { page, skipped } = wd.parseListDetailed(fixture('workday.list.json'), wd.start(src)[0]!, src);
    expect(page.total).toBe(3);
    expect(page.followUps).toEqual([]);
    expect(skipped).toEqual([{ externalId: '/job/Durham-NC/Untitled_R27-103-1', reason: 'item has no title' }]);
    const [dir, mgr] = page.postings;
    expect(dir?.externalId).toBe('/job/Durham-NC/Director--Process-Development_R27-101-1');
    expect(dir?.url).toBe('https://helixbio.wd5.myworkdayjobs.com/BioCareers/job/Durham-NC/Director--Process-Development_R27-101-1');
    expect(dir?.locations).toEqual(['Durham, NC']);
    expect(mgr?.locations).toEqual([]); // "2 Locations"
    expect(dir?.postedAt).toBeNull();
    expect(page.postings.every((p) => wd.needsDetail(p, src))).toBe(true);
  });

  it('pages by 20 while below the cap, carrying the first total', () => {
    const capped = JSON.parse(fixture('workday.list.capped.json')) as { total: number; facets?: unknown };
    capped.total = 45;
    delete capped.facets;
    const first = wd.parseList(JSON.stringify(capped), wd.start(src)[0]!, src);
    expect(first.followUps.map((r) => body(r).offset)).toEqual([20]);
    capped.total = 0; // later pages may say 0
    const second = wd.parseList(JSON.stringify(capped), first.followUps[0]!, src);
    expect(second.followUps.map((r) => body(r).offset)).toEqual([40]);
    const third = wd.parseList(JSON.stringify({ total: 0, jobPostings: [] }), second.followUps[0]!, src);
    expect(third.followUps).toEqual([]);
  });

  it('splits past the 2000 cap by facet (country first), then splits a still-capped slice further', () => {
    const first = wd.parseList(fixture('workday.list.capped.json'), wd.start(src)[0]!, src);
    expect(first.total).toBe(2000);
    expect(first.postings).toHaveLength(20);
    expect(first.followUps.map((r) => body(r))).toEqual([
      { appliedFacets: { Location_Country: ['c3f0c0de00000000000000000000c001'] }, limit: 20, offset: 0, searchText: '' },
      { appliedFacets: { Location_Country: ['c3f0c0de00000000000000000000c002'] }, limit: 20, offset: 0, searchText: '' },
    ]);
    // The US slice is itself capped: split by locations (zero-count values dropped), keeping the country.
    const us = wd.parseList(fixture('workday.list.capped.json'), first.followUps[0]!, src);
    expect(us.followUps.map((r) => body(r).appliedFacets)).toEqual([
      { Location_Country: ['c3f0c0de00000000000000000000c001'], locations: ['b2f0c0de00000000000000000000a001'] },
      { Location_Country: ['c3f0c0de00000000000000000000c001'], locations: ['b2f0c0de00000000000000000000a002'] },
      { Location_Country: ['c3f0c0de00000000000000000000c001'], locations: ['b2f0c0de00000000000000000000a003'] },
    ]);
    // A slice under the cap pages normally and keeps its facets.
    const small = JSON.parse(fixture('workday.list.capped.json')) as { total: number };
    small.total = 300;
    const slice = wd.parseList(JSON.stringify(small), first.followUps[1]!, src);
    expect(slice.followUps.map((r) => body(r))).toEqual([
      { appliedFacets: { Location_Country: ['c3f0c0de00000000000000000000c002'] }, limit: 20, offset: 20, searchText: '' },
    ]);
    // Slices repeat postings under the same id, so storage dedupes them.
    expect(us.postings.map((p) => p.externalId)).toEqual(first.postings.map((p) => p.externalId));
  });

  it('with no facet left, pages only up to the cap', () => {
    const capped = JSON.parse(fixture('workday.list.capped.json')) as { facets?: unknown };
    delete capped.facets;
    const last = { url: '', label: 'list', meta: { offset: 1980, appliedFacets: {}, total: 2000 } };
    expect(wd.parseList(JSON.stringify(capped), last, src).followUps).toEqual([]);
    expect(wd.parseList(JSON.stringify(capped), wd.start(src)[0]!, src).followUps.map((r) => body(r).offset)).toEqual([20]);
  });

  it('flattens nested facet groups', () => {
    const facets = workdayFacets((JSON.parse(fixture('workday.list.capped.json')) as { facets: unknown }).facets);
    expect(facets.map((f) => [f.parameter, f.values.length])).toEqual([
      ['jobFamilyGroup', 2],
      ['locations', 4],
      ['Location_Country', 2],
    ]);
  });

  it('merges the detail: description, dates, alpha-2 country, remote type, locations', () => {
    const listed = wd.parseList(fixture('workday.list.json'), wd.start(src)[0]!, src).postings[1]!;
    const req = wd.detailRequest!(listed, src);
    expect(req.method).toBe('GET');
    expect(req.url).toBe('https://helixbio.wd5.myworkdayjobs.com/wday/cxs/helixbio/BioCareers/job/Durham-NC/Manager--Clinical-Data_R27-102-1');
    const merged = wd.parseDetail!(fixture('workday.detail.json'), req, listed, src);
    expect(merged.externalId).toBe(listed.externalId);
    expect(merged.descriptionHtml).toBe('<p>Own clinical data pipelines in SAS & R.</p><ul><li>Lead a team of four</li></ul>');
    expect(merged.postedAt).toBe('2026-08-02T00:00:00.000Z');
    expect(merged.countryHints).toEqual(['US', 'United States of America']);
    expect(merged.locations).toEqual(['USA - North Carolina - Durham', 'USA - Pennsylvania - Philadelphia']);
    expect(merged.remote).toBe(false);
    expect(merged.company).toBe('1000 Helix Biologics LLC');
    expect(merged.employmentType).toBe('Full time');
    expect(wd.parseDetail!(fixture('workday.detail.json'), req, listed, { ...src, options: { company: 'Helix Bio' } }).company).toBe('Helix Bio');
  });

  it('throws PermanentError on malformed bodies', () => {
    const req = wd.start(src)[0]!;
    expect(() => wd.parseList('<html>retired</html>', req, src)).toThrow(PermanentError);
    expect(() => wd.parseList('{"errorCode":"HTTP_422","httpStatus":422}', req, src)).toThrow(/workday: envelope has no "jobPostings"/);
    const listed = wd.parseList(fixture('workday.list.json'), req, src).postings[0]!;
    expect(() => wd.parseDetail!('{"similarJobs":[]}', req, listed, src)).toThrow(/jobPostingInfo/);
  });
});
