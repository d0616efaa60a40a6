// Decides whether an IP address may be connected to. Deny by default: only global unicast passes,
// unless the address falls inside an operator-allowed CIDR (FETCH_ALLOW_NETWORKS). Pure; no DNS here.
import ipaddr from 'ipaddr.js';

type Address = ipaddr.IPv4 | ipaddr.IPv6;
export type AllowedNetwork = [Address, number];

export type AddressVerdict =
  | { allowed: true; address: string; family: 4 | 6 }
  | { allowed: false; address: string; range: string };

/** Parse CIDRs once. Throws on a malformed entry (configuration validates them earlier). */
export function parseNetworks(cidrs: readonly string[]): AllowedNetwork[] {
  return cidrs.map((c) => ipaddr.parseCIDR(c.trim()) as AllowedNetwork);
}

/** The ipaddr.js range name, or 'invalid'. IPv4-mapped IPv6 is classified by its IPv4 address. */
export function addressRange(ip: string): string {
  const addr = parseAddress(ip);
  if (!addr) return 'invalid';
  const effective = unwrapMapped(addr);
  const range = effective.range();
  // ipaddr.js calls everything it has no name for "unicast"; for IPv6 only 2000::/3 is global.
  if (effective.kind() === 'ipv6' && range === 'unicast' && !effective.match(GLOBAL_V6)) return 'nonGlobal';
  return range;
}

/** Whether `ip` may be connected to, given the allowed networks. */
export function checkAddress(ip: string, allow: readonly AllowedNetwork[]): AddressVerdict {
  const bare = ip.replace(/^\[|\]$/g, '');
  const addr = parseAddress(bare);
  if (!addr) return { allowed: false, address: bare, range: 'invalid' };
  const effective = unwrapMapped(addr);
  const family = effective.kind() === 'ipv4' ? 4 : 6;
  const range = addressRange(bare);
  if (range === 'unicast') return { allowed: true, address: bare, family };
  for (const candidate of effective === addr ? [addr] : [addr, effective]) {
    for (const [net, bits] of allow) {
      if (net.kind() === candidate.kind() && candidate.match(net, bits)) return { allowed: true, address: bare, family };
    }
  }
  return { allowed: false, address: bare, range };
}

/** A CIDR to suggest in error messages: the well-known block for the range, else the single address. */
export function suggestNetwork(ip: string, range: string): string {
  const suggestions: Record<string, string> = {
    loopback: ip.includes(':') && !ip.includes('.') ? '::1/128' : '127.0.0.0/8',
    private: '10.0.0.0/8,172.16.0.0/12,192.168.0.0/16',
    linkLocal: ip.includes(':') ? 'fe80::/10' : '169.254.0.0/16',
    uniqueLocal: 'fc00::/7',
    carrierGradeNat: '100.64.0.0/10',
  };
  return suggestions[range] ?? (ip.includes(':') ? `${ip}/128` : `${ip}/32`);
}

const GLOBAL_V6: AllowedNetwork = [ipaddr.IPv6.parse('2000::'), 3];

function parseAddress(ip: string): Address | null {
  if (!ipaddr.isValid(ip)) return null;
  // Accept only the canonical dotted-quad for IPv4; "127.1" style shorthands are not addresses we resolved.
  if (!ip.includes(':') && !ipaddr.IPv4.isValidFourPartDecimal(ip)) return null;
  return ipaddr.parse(ip);
}

function unwrapMapped(addr: Address): Address {
  return addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress()
    ? (addr as ipaddr.IPv6).toIPv4Address()
    : addr;
}
