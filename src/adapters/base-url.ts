// Every URL an adapter builds goes through here, so `source.baseUrl` can point any board at a local
// replay server: scheme, host and port are replaced; path, query and fragment are kept.
import { FatalError } from '../errors.ts';
import type { SourceConfig } from '../core/types.ts';

/** Replace the origin of `url` with the origin of `baseUrl` (when given). */
export function withBaseUrl(url: string, baseUrl: string | null | undefined): string {
  if (!baseUrl) return url;
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch (err) {
    throw new FatalError(`invalid baseUrl ${JSON.stringify(baseUrl)}`, { cause: err });
  }
  const target = new URL(url);
  target.protocol = base.protocol;
  target.host = base.host; // host includes the port; an empty port resets to the default
  if (!base.port) target.port = '';
  return target.toString();
}

/** Build `origin + pathAndQuery` for a source, honouring its baseUrl. */
export function sourceUrl(source: Pick<SourceConfig, 'baseUrl'>, origin: string, pathAndQuery: string): string {
  return withBaseUrl(new URL(pathAndQuery, origin).toString(), source.baseUrl);
}

/** Percent-encode one path segment (board tokens, sites, ids). */
export function seg(value: string | number): string {
  return encodeURIComponent(String(value));
}
