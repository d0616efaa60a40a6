import { describe, expect, it } from 'vitest';
import { PermanentError } from '../../../src/errors.ts';
import { eightfoldAdapter as ef, parseEightfoldLocator } from '../../../src/adapters/eightfold.adapter.ts';
import { fixture, source } from './fixture.ts';

const src = source('eightfold', 'careers.orbital.example/orbital.example');

describe('eightfold adapter', () => {
  it('reads host/domain (or options.domain) and builds the search URL', () => {
    expect(parseEightfoldLocator(src)).toEqual({ host: 'careers.orbital.example', domain: 'orbital.example' });
    expect(parseEightfoldLocator(source('eightfold', 'jobs.orbital.example', { options: { domain: 'orbital.example' } })).domain).toBe(
      'orbital.example',
    );
    expect(() => parseEightfoldLocator(source('eightfold', 'jobs.orbital.example'))).toThrow(PermanentError);
    expect(ef.start({ ...src, baseUrl: 'http://[::1]:7070' })[0]?.url).toBe(
      'http://[::1]:7070/api/pcsx/search?domain=orbital.example&query=&location=&start=0&num=10&sort_by=timestamp',
    );
  });

  it('parses positions: epoch-second dates, alpha-2 from standardized locations, work option', () => {
    const { page, skipped } = ef.parseListDetailed(fixture('eightfold.search.json'), ef.start(src)[0]!, src);
    expect(page.total).toBe(23);
    expect(skipped).toEqual([{ externalId: '1500000000103', reason: 'item has no title' }]);
    const [sys, pm] = page.postings;
    expect(sys?.externalId).toBe('1500000000101');
    expect(sys?.postedAt).toBe('2026-10-05T00:00:00.000Z');
    expect(sys?.countryHints).toEqual(['US']);
    expect(sys?.locations).toEqual(['Sterling, VA, US', 'Denver, CO, US']);
    expect(sys?.remote).toBe(false);
    expect(sys?.url).toBe('https://careers.orbital.example/careers/job/1500000000101');
    expect(pm?.remote).toBe(true);
    expect(pm?.postedAt).toBe('2026-10-01T00:00:00.000Z'); // creationTs when postedTs is null
    expect(page.followUps.map((r) => new URL(r.url).searchParams.get('start'))).toEqual(['3']);
    expect(ef.needsDetail(sys!, src)).toBe(true);
  });

  it('merges position details', () => {
    const listed = ef.parseList(fixture('eightfold.search.json'), ef.start(src)[0]!, src).postings[1]!;
    const req = ef.detailRequest!(listed, src);
    expect(req.url).toBe('https://careers.orbital.example/api/pcsx/position_details?position_id=1500000000102&domain=orbital.example&hl=en');
    const merged = ef.parseDetail!(fixture('eightfold.position.json'), req, listed, src);
    expect(merged.descriptionHtml).toBe('<p>Plan programmes with Jira and MS Project. PMP preferred.</p>');
    expect(merged.postedAt).toBe('2026-10-01T00:00:00.000Z');
  });

  it('throws PermanentError on malformed bodies or an error status', () => {
    const req = ef.start(src)[0]!;
    expect(() => ef.parseList('{"status":429,"error":{"message":"slow down"}}', req, src)).toThrow(/eightfold: status 429: slow down/);
    expect(() => ef.parseList('{"status":200,"data":{}}', req, src)).toThrow(/positions/);
  });
});
