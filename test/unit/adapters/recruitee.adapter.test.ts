import { describe, expect, it } from 'vitest';
import { PermanentError } from '../../../src/errors.ts';
import { recruiteeAdapter as rc } from '../../../src/adapters/recruitee.adapter.ts';
import { fixture, source } from './fixture.ts';

const src = source('recruitee', 'tulip');

describe('recruitee adapter', () => {
  it('builds the offers URL from a subdomain or a custom host', () => {
    expect(rc.start(src)[0]?.url).toBe('https://tulip.recruitee.com/api/offers/');
    expect(rc.start(source('recruitee', 'jobs.tulip.example'))[0]?.url).toBe('https://jobs.tulip.example/api/offers/');
    expect(rc.start({ ...src, baseUrl: 'http://127.0.0.1:3999' })[0]?.url).toBe('http://127.0.0.1:3999/api/offers/');
  });

  it('parses offers: "UTC" timestamps, ISO-2 codes, hybrid/remote, description + requirements', () => {
    const { page, skipped } = rc.parseListDetailed(fixture('recruitee.offers.json'), rc.start(src)[0]!, src);
    expect(skipped).toEqual([{ externalId: '3100002', reason: 'item has no title' }]);
    const [csm, py] = page.postings;
    expect(csm?.externalId).toBe('3100001');
    expect(csm?.postedAt).toBe('2026-09-18T13:27:28.000Z');
    expect(csm?.updatedAt).toBe('2026-09-19T19:02:48.000Z');
    expect(csm?.countryHints).toEqual(['NL', 'BE', 'Netherlands']);
    expect(csm?.locations).toEqual(['Utrecht, Utrecht, Netherlands', 'Antwerp, Flanders, Belgium']); // first location repeats the offer's
    expect(csm?.remote).toBe(false);
    expect(csm?.descriptionHtml).toContain('Experience with HubSpot &amp; Excel');
    expect(csm?.descriptionHtml).toContain('We help shops sell on marketplaces.');
    expect(csm?.employmentType).toBe('fulltime_permanent');
    expect(py?.remote).toBe(true);
    expect(py?.postedAt).toBe('2026-09-01T07:00:00.000Z'); // falls back to created_at
    expect(py?.countryHints).toEqual([]);
    expect(rc.needsDetail(py!, src)).toBe(false);
  });

  it('throws PermanentError on malformed bodies', () => {
    expect(() => rc.parseList('{"offer":{}}', rc.start(src)[0]!, src)).toThrow(PermanentError);
    expect(() => rc.start(source('recruitee', 'bad/locator'))).toThrow(PermanentError);
  });
});
