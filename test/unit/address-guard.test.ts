import { describe, expect, it } from 'vitest';
import { addressRange, checkAddress, parseNetworks, suggestNetwork } from '../../src/http/address-guard.ts';

describe('address guard', () => {
  const refused: Array<[string, string]> = [
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['127.0.0.1', 'loopback'],
    ['127.0.0.2', 'loopback'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['0.0.0.0', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['224.0.0.1', 'multicast'],
    ['192.0.2.10', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fc00::1', 'uniqueLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:169.254.169.254', 'linkLocal'],
    ['64:ff9b::a00:1', 'rfc6052'],
    ['2002:a00:1::1', '6to4'],
    ['::7f00:1', 'nonGlobal'],
    ['2001:db8::1', 'reserved'],
  ];
  it.each(refused)('refuses %s (%s)', (ip, range) => {
    expect(checkAddress(ip, [])).toEqual({ allowed: false, address: ip, range });
  });

  const publicAddresses: Array<[string, 4 | 6]> = [
    ['93.184.216.34', 4],
    ['8.8.8.8', 4],
    ['172.32.0.1', 4],
    ['100.128.0.1', 4],
    ['2606:4700:4700::1111', 6],
    ['2a00:1450:4001::200e', 6],
    ['::ffff:93.184.216.34', 4],
  ];
  it.each(publicAddresses)('allows public %s', (ip, family) => {
    expect(checkAddress(ip, [])).toEqual({ allowed: true, address: ip, family });
  });

  it('allows private addresses inside allowNetworks only', () => {
    const allow = parseNetworks(['127.0.0.0/8', '10.1.0.0/16', '::1/128']);
    expect(checkAddress('127.0.0.2', allow).allowed).toBe(true);
    expect(checkAddress('10.1.200.3', allow).allowed).toBe(true);
    expect(checkAddress('10.2.0.1', allow)).toMatchObject({ allowed: false, range: 'private' });
    expect(checkAddress('::1', allow)).toMatchObject({ allowed: true, family: 6 });
    // IPv4-mapped addresses are matched by their IPv4 address too.
    expect(checkAddress('::ffff:127.0.0.1', allow)).toMatchObject({ allowed: true, family: 4 });
    expect(checkAddress('fc00::1', allow).allowed).toBe(false);
    expect(checkAddress('192.168.0.1', parseNetworks(['127.0.0.1/32'])).allowed).toBe(false);
  });

  it('strips URL brackets and rejects non-addresses', () => {
    expect(checkAddress('[::1]', [])).toEqual({ allowed: false, address: '::1', range: 'loopback' });
    expect(checkAddress('example.test', [])).toMatchObject({ allowed: false, range: 'invalid' });
    expect(addressRange('127.1')).toBe('invalid');
  });

  it('suggests the CIDR to allow', () => {
    expect(suggestNetwork('127.0.0.5', 'loopback')).toBe('127.0.0.0/8');
    expect(suggestNetwork('::1', 'loopback')).toBe('::1/128');
    expect(suggestNetwork('192.0.2.10', 'reserved')).toBe('192.0.2.10/32');
  });
});
