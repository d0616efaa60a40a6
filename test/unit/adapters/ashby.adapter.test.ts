import { describe, expect, it } from 'vitest';
import { PermanentError } from '../../../src/errors.ts';
import { ashbyAdapter } from '../../../src/adapters/ashby.adapter.ts';
import { fixture, source } from './fixture.ts';

const src = source('ashby', 'orbit', { options: { company: 'Orbit' } });

describe('ashby adapter', () => {
  it('requests the board with compensation, honouring baseUrl', () => {
    expect(ashbyAdapter.start(src)[0]?.url).toBe('https://api.ashbyhq.com/posting-api/job-board/orbit?includeCompensation=true');
    const local = { ...src, baseUrl: 'http://localhost:7001' };
    expect(ashbyAdapter.start(local)[0]?.url).toBe('http://localhost:7001/posting-api/job-board/orbit?includeCompensation=true');
  });

  it('parses listed jobs, drops unlisted ones, skips a job without id', () => {
    const { page, skipped } = ashbyAdapter.parseListDetailed(fixture('ashby.board.json'), ashbyAdapter.start(src)[0]!, src);
    expect(page.postings.map((p) => p.externalId)).toEqual([
      '5b1f0f7e-aaaa-4c3b-9d51-1e2a3b4c5d01',
      '5b1f0f7e-bbbb-4c3b-9d51-1e2a3b4c5d02',
    ]);
    expect(skipped).toEqual([{ reason: 'item has no id' }]);
    const [sec, ae] = page.postings;
    expect(sec?.title).toBe('Security Engineer, Cloud');
    expect(sec?.company).toBe('Orbit');
    expect(sec?.remote).toBe(true); // isRemote wins over workplaceType "Hybrid"
    expect(sec?.locations).toEqual(['New York, NY (HQ)', 'Remote (Canada)', 'Miami, FL']);
    expect(sec?.countryHints).toEqual(['USA', 'Canada']);
    expect(sec?.postedAt).toBe('2026-04-21T12:35:37.500Z');
    expect(sec?.employmentType).toBe('FullTime');
    expect(sec?.department).toBe('Engineering');
    expect(sec?.descriptionHtml).toBe('<p style="min-height:1.5em">Harden our AWS estate with Terraform and Go.</p>');
    expect(ae?.remote).toBeNull();
    expect(ae?.countryHints).toEqual(['United States']);
    expect(ashbyAdapter.needsDetail(ae!, src)).toBe(false);
  });

  it('throws PermanentError on a wrong envelope', () => {
    expect(() => ashbyAdapter.parseList('{"apiVersion":"1"}', ashbyAdapter.start(src)[0]!, src)).toThrow(PermanentError);
  });
});
