import { describe, expect, it } from 'vitest';
import { PermanentError } from '../../../src/errors.ts';
import { smartrecruitersAdapter as sr } from '../../../src/adapters/smartrecruiters.adapter.ts';
import { fixture, source } from './fixture.ts';

const src = source('smartrecruiters', 'Pixelworks1');

describe('smartrecruiters adapter', () => {
  it('pages the list by offset/limit', () => {
    const start = sr.start(src)[0]!;
    expect(start.url).toBe('https://api.smartrecruiters.com/v1/companies/Pixelworks1/postings?limit=100&offset=0');
    const { page, skipped } = sr.parseListDetailed(fixture('smartrecruiters.list.page1.json'), start, src);
    expect(page.total).toBe(102);
    expect(page.followUps.map((r) => r.url)).toEqual([
      'https://api.smartrecruiters.com/v1/companies/Pixelworks1/postings?limit=100&offset=3',
    ]);
    expect(skipped).toEqual([{ externalId: '744000200000002', reason: 'item has no title' }]);
    expect(page.postings.map((p) => p.externalId)).toEqual(['744000200000001', '744000200000003']);
  });

  it('maps lowercase alpha-2 countries, hybrid/remote, labels; needs the detail', () => {
    const page = sr.parseList(fixture('smartrecruiters.list.page1.json'), sr.start(src)[0]!, src);
    const [first, third] = page.postings;
    expect(first?.title).toBe('Ingénieur fiabilité & outils');
    expect(first?.countryHints).toEqual(['CA', 'Canada']);
    expect(first?.locations).toEqual(['Montreal, QC, Canada']);
    expect(first?.remote).toBe(false);
    expect(first?.industry).toBe('Entertainment');
    expect(first?.department).toBe('Studio Tech');
    expect(first?.employmentType).toBe('Full-time');
    expect(first?.postedAt).toBe('2026-09-25T18:18:52.891Z');
    expect(first?.descriptionHtml).toBeNull();
    expect(sr.needsDetail(first!, src)).toBe(true);
    expect(third?.locations).toEqual(['Bordeaux, Nouvelle-Aquitaine']);
    expect(third?.department).toBe('Engineering');
  });

  it('merges the detail: sections → description, posting URL, remote', () => {
    const listed = sr.parseList(fixture('smartrecruiters.list.page1.json'), sr.start(src)[0]!, src).postings[1]!;
    const local = { ...src, baseUrl: 'http://127.0.0.1:8123' };
    const req = sr.detailRequest!(listed, local);
    expect(req.url).toBe('http://127.0.0.1:8123/v1/companies/Pixelworks1/postings/744000200000003');
    const merged = sr.parseDetail!(fixture('smartrecruiters.detail.json'), req, listed, local);
    expect(merged.descriptionHtml).toBe(
      '<p>We make small games&#xa0;with big hearts.</p>\n<ul><li>Write gameplay systems in C++ and Unreal Engine.</li></ul>\n<ul><li>Git and Perforce.</li></ul>\n<p>Relocation help.</p>',
    );
    expect(merged.url).toBe('https://jobs.smartrecruiters.com/Pixelworks1/744000200000003-gameplay-programmer-c-');
    expect(merged.remote).toBe(true);
    expect(merged.countryHints).toEqual(['FR']);
    expect(merged.locations).toEqual(['Bordeaux, Nouvelle-Aquitaine', 'Bordeaux, Nouvelle-Aquitaine, France']);
  });

  it('stops paging at the total and rejects bad envelopes', () => {
    const last = sr.parseList('{"offset":100,"limit":100,"totalFound":101,"content":[{"id":"1","name":"A"}]}', sr.start(src)[0]!, src);
    expect(last.followUps).toEqual([]);
    expect(() => sr.parseList('{"offset":0,"content":[]}', sr.start(src)[0]!, src)).toThrow(PermanentError);
    expect(() => sr.parseDetail!('{"name":"x"}', sr.start(src)[0]!, sr.parseList('{"totalFound":1,"content":[{"id":"1","name":"A"}]}', sr.start(src)[0]!, src).postings[0]!, src)).toThrow(
      /smartrecruiters: detail item has no id/,
    );
  });
});
