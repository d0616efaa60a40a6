// robots.txt policy (RFC 9309), pure. Matching is robots-parser's (longest match, Allow wins ties,
// `*` and `$`, the same algorithm as google/robotstxt); this module adds what it leaves to the caller:
// status handling, the always-allowed /robots.txt, size limit, and naming the rule that decided.
import robotsParserModule from 'robots-parser';

type Robot = ReturnType<typeof import('robots-parser').default>;
// robots-parser is CommonJS (`module.exports = fn`) but its typings say `export default`; under NodeNext
// TypeScript types the default import as the module object, while Node hands us the function itself.
const robotsParser = robotsParserModule as unknown as (url: string, body: string) => Robot;

/** Our product token, matched case-insensitively against `User-agent` lines. */
export const ROBOTS_AGENT = 'skillpulse';
/** RFC 9309 §2.5: parse at least 500 KiB; anything beyond is ignored. */
export const ROBOTS_MAX_BYTES = 500 * 1024;

/** What was learned from fetching /robots.txt, in a form that can be cached as JSON. */
export type RobotsPolicy =
  | { kind: 'rules'; body: string }
  /** 4xx (or no robots.txt at all): no restrictions. */
  | { kind: 'allow-all'; status: number | null }
  /** 5xx or unreachable: treated as a complete disallow for now. */
  | { kind: 'disallow-all'; status: number | null; reason: string };

export interface RobotsVerdict {
  allowed: boolean;
  /** The robots.txt line that decided, e.g. `line 2: "Disallow: /embed/"`, or why everything is disallowed. */
  rule: string | null;
  /** Crawl-delay for our group (or `*`), in seconds. */
  crawlDelaySeconds: number | null;
}

/** Robots are per scheme + host + port. */
export function robotsOrigin(url: URL): string {
  return url.origin;
}

export function robotsUrl(url: URL): string {
  return `${url.origin}/robots.txt`;
}

/** Map a robots.txt response to a policy (RFC 9309 §2.3.1). Redirects are followed before this. */
export function policyFromResponse(status: number, body: string): RobotsPolicy {
  if (status >= 200 && status < 300) return { kind: 'rules', body: body.slice(0, ROBOTS_MAX_BYTES) };
  if (status >= 400 && status < 500) return { kind: 'allow-all', status };
  return { kind: 'disallow-all', status, reason: `robots.txt answered HTTP ${status}` };
}

/** Unreachable robots.txt (network error, timeout): disallow for now. */
export function policyUnreachable(reason: string): RobotsPolicy {
  return { kind: 'disallow-all', status: null, reason: `robots.txt unreachable (${reason})` };
}

/** Decide whether `url` may be fetched under `policy`. `url` must be on the policy's origin. */
export function evaluateRobots(policy: RobotsPolicy, url: string, agent: string = ROBOTS_AGENT): RobotsVerdict {
  const parsed = new URL(url);
  // RFC 9309 §2.2.2: /robots.txt itself is implicitly allowed.
  const isRobotsFile = parsed.pathname === '/robots.txt';
  if (policy.kind === 'allow-all') return { allowed: true, rule: null, crawlDelaySeconds: null };
  if (policy.kind === 'disallow-all') {
    return { allowed: isRobotsFile, rule: isRobotsFile ? null : policy.reason, crawlDelaySeconds: null };
  }
  const robots = robotsParser(robotsUrl(parsed), policy.body);
  const delay = robots.getCrawlDelay(agent);
  const crawlDelaySeconds = typeof delay === 'number' && Number.isFinite(delay) && delay > 0 ? delay : null;
  if (isRobotsFile) return { allowed: true, rule: null, crawlDelaySeconds };
  const allowed = robots.isAllowed(url, agent) !== false;
  const line = robots.getMatchingLineNumber(url, agent);
  const text = line > 0 ? policy.body.split(/\r\n|\r|\n/)[line - 1]?.trim() : undefined;
  return { allowed, rule: text ? `line ${line}: "${text}"` : null, crawlDelaySeconds };
}
