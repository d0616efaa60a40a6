import { describe, expect, it } from 'vitest';
import { FatalError } from '../../../src/errors.ts';
import { fromEpoch, toIsoDate } from '../../../src/adapters/dates.ts';
import { sourceUrl, withBaseUrl } from '../../../src/adapters/base-url.ts';

describe('toIsoDate', () => {
  it.each([
    ['2026-09-24T13:34:54-04:00', '2026-09-24T17:34:54.000Z'],
    ['2026-04-21T12:35:37.500+00:00', '2026-04-21T12:35:37.500Z'],
    ['2026-09-25T18:18:52.891Z', '2026-09-25T18:18:52.891Z'],
    ['2025-01-15', '2025-01-15T00:00:00.000Z'],
    ['2026-09-18 12:55:59 UTC', '2026-09-18T12:55:59.000Z'],
    ['2026-10-02T08:30:00+0200', '2026-10-02T06:30:00.000Z'],
    ['2026-10-02T08:30', '2026-10-02T08:30:00.000Z'],
    ['1767225600000', '2026-01-01T00:00:00.000Z'],
  ])('%s → %s', (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });

  it.each(['Posted 30+ Days Ago', 'Posted Today', '', '   ', '2025-02-31', '15/01/2025', 'tomorrow'])('%j is not a date', (input) => {
    expect(toIsoDate(input)).toBeNull();
  });

  it('reads epoch milliseconds and seconds, never anything else', () => {
    expect(toIsoDate(1782214185805)).toBe('2026-06-23T11:29:45.805Z');
    expect(fromEpoch(1791158400)).toBe('2026-10-05T00:00:00.000Z');
    expect(toIsoDate(null)).toBeNull();
    expect(toIsoDate(undefined)).toBeNull();
    expect(toIsoDate({})).toBeNull();
    expect(fromEpoch(0)).toBeNull();
  });
});

describe('baseUrl replacement', () => {
  it('replaces scheme, host and port and keeps path, query and fragment', () => {
    expect(withBaseUrl('https://api.lever.co/v0/postings/x?mode=json#top', 'http://127.0.0.1:4010')).toBe(
      'http://127.0.0.1:4010/v0/postings/x?mode=json#top',
    );
    expect(withBaseUrl('http://a.example:8080/p', 'https://127.0.0.2')).toBe('https://127.0.0.2/p');
    expect(withBaseUrl('https://a.example/p', 'http://[::1]:9000/ignored/path')).toBe('http://[::1]:9000/p');
    expect(withBaseUrl('https://a.example/p', null)).toBe('https://a.example/p');
  });

  it('builds from an origin and rejects a malformed baseUrl as configuration', () => {
    expect(sourceUrl({ baseUrl: null }, 'https://api.ashbyhq.com', '/posting-api/job-board/x')).toBe(
      'https://api.ashbyhq.com/posting-api/job-board/x',
    );
    expect(() => withBaseUrl('https://a.example/p', 'not a url')).toThrow(FatalError);
  });
});
