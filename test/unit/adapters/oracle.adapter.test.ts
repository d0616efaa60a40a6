import { describe, expect, it } from 'vitest';
import { PermanentError } from '../../../src/errors.ts';
import { oracleAdapter as orc, parseOracleLocator } from '../../../src/adapters/oracle.adapter.ts';
import { fixture, source } from './fixture.ts';

const src = source('oracle', 'careers.helios.example/CX_2001');

describe('oracle adapter', () => {
  it('reads host/siteNumber and puts paging inside the finder', () => {
    expect(parseOracleLocator(src)).toEqual({ host: 'careers.helios.example', site: 'CX_2001' });
    expect(() => parseOracleLocator(source('oracle', 'careers.helios.example'))).toThrow(PermanentError);
    const url = new URL(orc.start({ ...src, baseUrl: 'http://127.0.0.1:4400' })[0]!.url);
    expect(url.origin).toBe('http://127.0.0.1:4400');
    expect(url.pathname).toBe('/hcmRestApi/resources/latest/recruitingCEJobRequisitions');
    expect(url.searchParams.get('finder')).toBe('findReqs;siteNumber=CX_2001,limit=25,offset=0,sortBy=POSTING_DATES_DESC');
    expect(url.searchParams.get('onlyData')).toBe('true');
  });

  it('parses requisitions: TotalJobsCount not the outer count, ISO-2 countries, workplace codes', () => {
    const { page, skipped } = orc.parseListDetailed(fixture('oracle.list.json'), orc.start(src)[0]!, src);
    expect(page.total).toBe(27);
    expect(skipped).toEqual([{ externalId: '20103', reason: 'item has no title' }]);
    const [test, sec] = page.postings;
    expect(test?.locations).toEqual(['Raleigh, NC, United States', 'Toronto, ON, Canada']);
    expect(test?.countryHints).toEqual(['US', 'CA']);
    expect(test?.remote).toBeNull();
    expect(test?.department).toBe('Product Safety');
    expect(test?.postedAt).toBe('2026-10-05T00:00:00.000Z');
    expect(test?.url).toBe('https://careers.helios.example/hcmUI/CandidateExperience/en/sites/CX_2001/job/20101');
    expect(sec?.remote).toBe(true);
    expect(sec?.department).toBe('Engineering');
    const next = new URL(page.followUps[0]!.url);
    expect(next.searchParams.get('finder')).toBe('findReqs;siteNumber=CX_2001,limit=25,offset=3,sortBy=POSTING_DATES_DESC');
    expect(orc.needsDetail(test!, src)).toBe(true);
  });

  it('merges the detail sections', () => {
    const listed = orc.parseList(fixture('oracle.list.json'), orc.start(src)[0]!, src).postings[0]!;
    const req = orc.detailRequest!(listed, src);
    expect(new URL(req.url).searchParams.get('finder')).toBe('ById;Id="20101",siteNumber=CX_2001');
    const merged = orc.parseDetail!(fixture('oracle.detail.json'), req, listed, src);
    expect(merged.descriptionHtml).toBe(
      '<p>Helios certifies products for safety.</p>\n<ul><li>Run tests to UL 60950 and IEC 62368</li></ul>\n<ul><li>Oscilloscopes, LabVIEW, Python</li></ul>',
    );
    expect(merged.postedAt).toBe('2026-10-05T13:20:11.000Z');
    expect(merged.remote).toBe(false);
    expect(merged.department).toBe('Product Safety');
    expect(merged.locations).toEqual(['Raleigh, NC, United States', 'Toronto, ON, Canada', 'Raleigh']);
  });

  it('throws PermanentError on malformed bodies', () => {
    const req = orc.start(src)[0]!;
    expect(() => orc.parseList('{"items":[]}', req, src)).toThrow(/oracle: "items" holds no search result/);
    expect(() => orc.parseList('{"items":[{"requisitionList":[]}]}', req, src)).toThrow(/TotalJobsCount/);
    expect(() => orc.parseList('nope', req, src)).toThrow(PermanentError);
  });
});
