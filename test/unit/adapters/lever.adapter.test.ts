import { describe, expect, it } from 'vitest';
import { PermanentError } from '../../../src/errors.ts';
import { leverAdapter } from '../../../src/adapters/lever.adapter.ts';
import { fixture, source } from './fixture.ts';

const src = source('lever', 'acmeaudio');

describe('lever adapter', () => {
  it('builds the list URL per region, with optional skip/limit paging and baseUrl', () => {
    expect(leverAdapter.start(src)[0]?.url).toBe('https://api.lever.co/v0/postings/acmeaudio?mode=json');
    expect(leverAdapter.start(source('lever', 'Expana', { options: { region: 'eu' } }))[0]?.url).toBe(
      'https://api.eu.lever.co/v0/postings/Expana?mode=json',
    );
    const paged = source('lever', 'acmeaudio', { options: { pageSize: 3 }, baseUrl: 'http://127.0.0.1:9000' });
    expect(leverAdapter.start(paged)[0]?.url).toBe('http://127.0.0.1:9000/v0/postings/acmeaudio?mode=json&skip=0&limit=3');
  });

  it('parses the bare array: epoch-ms dates, alpha-2 country, workplace type, lists', () => {
    const { page, skipped } = leverAdapter.parseListDetailed(fixture('lever.list.json'), leverAdapter.start(src)[0]!, src);
    expect(page.postings).toHaveLength(2);
    expect(skipped).toEqual([{ externalId: '0a8e5c1e-3333-4b7a-9c55-2d7f0e6a9b03', reason: 'item has no title' }]);
    const [backend, analyst] = page.postings;
    expect(backend?.title).toBe('Backend Engineer, Platform');
    expect(backend?.postedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(backend?.countryHints).toEqual(['SE']);
    expect(backend?.locations).toEqual(['Stockholm', 'London']);
    expect(backend?.remote).toBe(false);
    expect(backend?.department).toBe('Engineering');
    expect(backend?.employmentType).toBe('Permanent');
    expect(backend?.descriptionHtml).toContain('<h3>What You&rsquo;ll Do</h3>\n<ul><li>Operate Kubernetes clusters</li>');
    expect(backend?.descriptionHtml).toContain('We hire for curiosity.');
    expect(analyst?.remote).toBe(true);
    expect(analyst?.postedAt).toBe('2026-02-01T00:00:00.123Z');
    expect(analyst?.department).toBe('Data');
    expect(page.followUps).toEqual([]);
    expect(leverAdapter.needsDetail(backend!, src)).toBe(false);
  });

  it('asks for the next page only when a page is full', () => {
    const paged = source('lever', 'acmeaudio', { options: { pageSize: 3 } });
    const first = leverAdapter.parseList(fixture('lever.list.json'), leverAdapter.start(paged)[0]!, paged);
    expect(first.followUps.map((r) => r.url)).toEqual(['https://api.lever.co/v0/postings/acmeaudio?mode=json&skip=3&limit=3']);
    const paged4 = source('lever', 'acmeaudio', { options: { pageSize: 4 } });
    expect(leverAdapter.parseList(fixture('lever.list.json'), leverAdapter.start(paged4)[0]!, paged4).followUps).toEqual([]);
  });

  it('throws PermanentError on a non-array body', () => {
    const req = leverAdapter.start(src)[0]!;
    expect(() => leverAdapter.parseList('{"ok":false,"error":"Document not found"}', req, src)).toThrow(/lever: .*Document not found/);
    expect(() => leverAdapter.parseList('not json', req, src)).toThrow(PermanentError);
  });
});
