import { describe, expect, it } from 'vitest';
import { PermanentError } from '../../../src/errors.ts';
import { workableAdapter as wk } from '../../../src/adapters/workable.adapter.ts';
import { fixture, source } from './fixture.ts';

const src = source('workable', 'coldchain-labs');

describe('workable adapter', () => {
  it('requests the widget list with details', () => {
    expect(wk.start(src)[0]?.url).toBe('https://apply.workable.com/api/v1/widget/accounts/coldchain-labs?details=true');
  });

  it('parses widget jobs: visible locations, ISO-2 codes, telecommuting, dates', () => {
    const { page, skipped } = wk.parseListDetailed(fixture('workable.widget.json'), wk.start(src)[0]!, src);
    expect(skipped).toEqual([{ reason: 'item has no id' }]);
    const [field, support] = page.postings;
    expect(field?.externalId).toBe('A1B2C3D4E5');
    expect(field?.company).toBe('Coldchain Labs');
    expect(field?.locations).toEqual(['Aarhus, Central Jutland, Denmark', 'Malmö, Skåne, Sweden']);
    expect(field?.countryHints).toEqual(['DK', 'SE', 'Denmark']);
    expect(field?.remote).toBe(false);
    expect(field?.postedAt).toBe('2026-05-06T00:00:00.000Z');
    expect(field?.industry).toBe('Medical Devices');
    expect(field?.employmentType).toBe('Full-time');
    expect(wk.needsDetail(field!, src)).toBe(false);
    expect(support?.remote).toBe(true);
    expect(support?.employmentType).toBeNull();
    expect(support?.descriptionHtml).toBeNull();
    expect(wk.needsDetail(support!, src)).toBe(true);
  });

  it('completes a job from the v2 detail', () => {
    const listed = wk.parseList(fixture('workable.widget.json'), wk.start(src)[0]!, src).postings[1]!;
    const req = wk.detailRequest!(listed, { ...src, baseUrl: 'http://127.0.0.1:5050' });
    expect(req.url).toBe('http://127.0.0.1:5050/api/v2/accounts/coldchain-labs/jobs/F6G7H8J9K0');
    const merged = wk.parseDetail!(fixture('workable.detail.json'), req, listed, src);
    expect(merged.descriptionHtml).toBe(
      '<p>Help customers with Zendesk &amp; Jira.</p>\n<ul><li>German and English.</li></ul>\n<ul><li>Home office budget.</li></ul>',
    );
    expect(merged.locations).toEqual(['Germany', 'Berlin, Berlin, Germany']);
    expect(merged.remote).toBe(true);
    expect(merged.department).toBe('Customer Support');
    expect(merged.employmentType).toBe('full');
  });

  it('throws PermanentError on malformed bodies', () => {
    expect(() => wk.parseList('{"name":"x"}', wk.start(src)[0]!, src)).toThrow(/workable: envelope has no "jobs"/);
    expect(() => wk.parseList('', wk.start(src)[0]!, src)).toThrow(PermanentError);
  });
});
