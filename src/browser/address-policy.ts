// Resolve a host and decide, with the HTTP client's address guard, whether the browser may reach it.
// Used twice: by the page's route interception (to abort refused requests cleanly and log them) and by
// the guard proxy every Chromium connection goes through (which then connects to the checked address).
import { promises as dns } from 'node:dns';
import { isIP } from 'node:net';
import { coerceError } from '../errors.ts';
import { checkAddress, parseNetworks, suggestNetwork, type AllowedNetwork } from '../http/address-guard.ts';

export type HostVerdict =
  | { kind: 'allowed'; address: string; family: 4 | 6 }
  | { kind: 'refused'; address: string; range: string; reason: string }
  | { kind: 'unresolved'; notFound: boolean; reason: string };

export type Lookup = (host: string) => Promise<string[]>;

export class AddressPolicy {
  private readonly allow: AllowedNetwork[];

  constructor(
    allowNetworks: readonly string[],
    private readonly lookup: Lookup = defaultLookup,
  ) {
    this.allow = parseNetworks(allowNetworks);
  }

  /** `host` as in URL.hostname (IPv6 literals may keep their brackets). */
  async check(host: string): Promise<HostVerdict> {
    const bare = host.replace(/^\[|\]$/g, '');
    let addresses: string[];
    if (isIP(bare)) addresses = [bare];
    else {
      try {
        addresses = await this.lookup(bare);
      } catch (err) {
        const notFound = (err as NodeJS.ErrnoException).code === 'ENOTFOUND';
        return { kind: 'unresolved', notFound, reason: `DNS lookup failed for ${bare}: ${coerceError(err).message}` };
      }
    }
    let refused: { address: string; range: string } | null = null;
    for (const address of addresses) {
      const verdict = checkAddress(address, this.allow);
      // The first allowed address is the one connected to (the proxy pins it), as the HTTP client does.
      if (verdict.allowed) return { kind: 'allowed', address: verdict.address, family: verdict.family };
      refused ??= verdict;
    }
    if (!refused) return { kind: 'unresolved', notFound: false, reason: `DNS returned no addresses for ${bare}` };
    return {
      kind: 'refused',
      address: refused.address,
      range: refused.range,
      reason:
        `${bare} is ${refused.address}, a ${refused.range} address; ` +
        `set FETCH_ALLOW_NETWORKS=${suggestNetwork(refused.address, refused.range)} to allow it`,
    };
  }
}

async function defaultLookup(host: string): Promise<string[]> {
  const answers = await dns.lookup(host, { all: true, verbatim: true });
  return answers.map((a) => a.address);
}
