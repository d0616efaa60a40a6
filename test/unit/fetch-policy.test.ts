import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeBody, declaredCharset, mediaType } from '../../src/http/decode.ts';
import { RETRY_POLICY, backoffDelayMs, classifyStatus, parseRetryAfter } from '../../src/http/fetch-policy.ts';

describe('status classification', () => {
  const table: Array<[number, boolean, string]> = [
    [200, false, 'ok'],
    [204, false, 'ok'],
    [304, false, 'not-modified'],
    [301, false, 'redirect'],
    [308, false, 'redirect'],
    [300, false, 'permanent'],
    [400, false, 'permanent'],
    [401, false, 'permanent'],
    [404, false, 'permanent'],
    [410, false, 'permanent'],
    [408, false, 'transient'],
    [429, false, 'rate-limited'],
    [429, true, 'rate-limited'],
    [500, false, 'transient'],
    [503, false, 'transient'],
    [503, true, 'rate-limited'],
    [599, false, 'transient'],
    [999, false, 'permanent'],
  ];
  it.each(table)('%i (Retry-After: %s) → %s', (status, retryAfter, outcome) => {
    expect(classifyStatus(status, retryAfter)).toBe(outcome);
  });

  it('retries only transient and rate-limited errors', () => {
    expect(RETRY_POLICY).toEqual({
      transient: 'backoff',
      'rate-limited': 'wait-if-short',
      permanent: 'throw',
      blocked: 'throw',
      fatal: 'throw',
    });
  });
});

describe('Retry-After and backoff', () => {
  const now = Date.parse('2026-03-03T10:00:00Z');
  it('parses seconds and HTTP-dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Tue, 03 Mar 2026 10:01:30 GMT', now)).toBe(90_000);
    expect(parseRetryAfter('Tue, 03 Mar 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });
  it('full jitter stays under the exponential cap', () => {
    expect(backoffDelayMs(0, 500, 10_000, () => 0.999)).toBe(499);
    expect(backoffDelayMs(3, 500, 10_000, () => 0.5)).toBe(2000);
    expect(backoffDelayMs(10, 500, 10_000, () => 0.5)).toBe(5000);
    expect(backoffDelayMs(2, 500, 10_000, () => 0)).toBe(0);
  });
});

describe('charset decoding', () => {
  it('reads media type and charset from Content-Type', () => {
    expect(mediaType('Application/JSON; charset=UTF-8')).toBe('application/json');
    expect(mediaType(undefined)).toBeNull();
    expect(charsetFromContentType('text/html; charset="ISO-8859-1"')).toBe('iso-8859-1');
    expect(charsetFromContentType('text/html')).toBeNull();
  });
  it('finds meta and XML declarations', () => {
    expect(declaredCharset(Buffer.from('<html><head><meta charset="windows-1252">'))).toBe('windows-1252');
    const httpEquiv = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">';
    expect(declaredCharset(Buffer.from(httpEquiv))).toBe('iso-8859-15');
    expect(declaredCharset(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><urlset/>'))).toBe('iso-8859-1');
    expect(declaredCharset(Buffer.from('{"a":1}'))).toBeNull();
  });
  it('BOM beats the header, the header beats meta, UTF-8 by default', () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Zürich')]);
    expect(decodeBody(bom, 'text/plain; charset=iso-8859-1')).toEqual({ text: 'Zürich', charset: 'utf-8', malformed: false });
    const latin = Buffer.concat([Buffer.from('<meta charset="utf-8">'), Buffer.from('é', 'latin1')]);
    expect(decodeBody(latin, 'text/html; charset=iso-8859-1').text).toBe('<meta charset="utf-8">é');
    expect(decodeBody(Buffer.from('Zürich'), null)).toEqual({ text: 'Zürich', charset: 'utf-8', malformed: false });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Köln', 'utf16le')]);
    expect(decodeBody(utf16, null).text).toBe('Köln');
  });
  it('an unknown charset label falls back; invalid bytes are replaced and flagged', () => {
    expect(decodeBody(Buffer.from('ok'), 'text/plain; charset=x-made-up').charset).toBe('utf-8');
    expect(decodeBody(Buffer.from([0x61, 0xff, 0x62]), 'text/plain')).toEqual({ text: 'a\uFFFDb', charset: 'utf-8', malformed: true });
  });
});
