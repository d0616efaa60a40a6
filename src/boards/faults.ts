// Faults the local boards inject on demand, so the polite client's error handling can be tested over real
// HTTP: each rule picks requests by host and path and fires a limited number of times.

export type Fault =
  /** 429 with Retry-After in seconds, or as an HTTP-date when `retryAfterAsDate`. */
  | { kind: 'rate-limit'; retryAfterSeconds?: number; retryAfterAsDate?: boolean }
  /** 503, optionally with Retry-After (seconds). Give `count` > 1 for a burst. */
  | { kind: 'unavailable'; retryAfterSeconds?: number }
  | { kind: 'status'; status: number; body?: string; headers?: Record<string, string> }
  /** The real body, trickled: `chunkBytes` every `intervalMs`. */
  | { kind: 'slow'; chunkBytes?: number; intervalMs?: number }
  /** The real body cut after `keepBytes` (default: half). With `abort`, the full length is announced and the
   *  connection dropped early (a network error); without, a short but complete response (a malformed body). */
  | { kind: 'truncate'; keepBytes?: number; abort?: boolean }
  /** The real body with invalid UTF-8 bytes inside its first string value. */
  | { kind: 'invalid-utf8' }
  /** The real body padded with whitespace to `bytes` (still valid JSON/HTML), chunked unless `declareLength`. */
  | { kind: 'huge'; bytes: number; declareLength?: boolean }
  /** 302 back and forth between the path and the path with `?_loop=1`, for as long as the rule fires. */
  | { kind: 'redirect-loop' }
  /** A redirect to `location` (e.g. http://10.0.0.1/ — only the header is sent; nothing is served there). */
  | { kind: 'redirect'; location: string; status?: 301 | 302 | 303 | 307 | 308 }
  /** 200 with an empty single-page-app shell: the content needs JavaScript. */
  | { kind: 'needs-js' }
  /** Only for /robots.txt: `Disallow: /` for every agent, or for `paths`. */
  | { kind: 'robots-disallow'; paths?: string[] }
  /** Destroy the socket without answering. */
  | { kind: 'reset' };

export interface FaultRule {
  /** `127.0.0.2` (any port) or `127.0.0.2:4000`; omitted = every host. */
  host?: string;
  /** A path prefix (query ignored) or a RegExp tested against path + query; omitted = every path. */
  path?: string | RegExp;
  method?: string;
  /** Let this many matching requests through first. */
  skip?: number;
  /** How many matching requests get the fault (default 1; Infinity = all). */
  count?: number;
  fault: Fault;
}

export type FaultPlan = FaultRule[];

interface RuleState {
  seen: number;
  fired: number;
}

/** Picks the fault (if any) for each request and counts firings. */
export class FaultInjector {
  private rules: FaultRule[] = [];
  private state = new Map<FaultRule, RuleState>();

  constructor(plan: FaultPlan = []) {
    this.set(plan);
  }

  set(plan: FaultPlan): void {
    this.rules = [...plan];
    this.state = new Map(plan.map((r) => [r, { seen: 0, fired: 0 }]));
  }

  add(rule: FaultRule): void {
    this.rules.push(rule);
    this.state.set(rule, { seen: 0, fired: 0 });
  }

  /** How many times each rule has fired, in plan order. */
  fired(): number[] {
    return this.rules.map((r) => this.state.get(r)?.fired ?? 0);
  }

  take(req: { ip: string; port: number; method: string; path: string; url: string }): Fault | null {
    for (const rule of this.rules) {
      if (rule.host && rule.host !== req.ip && rule.host !== `${req.ip}:${req.port}`) continue;
      if (rule.method && rule.method.toUpperCase() !== req.method) continue;
      const isRobots = req.path === '/robots.txt';
      if (rule.fault.kind === 'robots-disallow' ? !isRobots : !matchesPath(rule.path, req)) continue;
      const st = this.state.get(rule)!;
      st.seen++;
      if (st.seen <= (rule.skip ?? 0)) continue;
      if (st.fired >= (rule.count ?? 1)) continue;
      st.fired++;
      return rule.fault;
    }
    return null;
  }
}

function matchesPath(pattern: string | RegExp | undefined, req: { path: string; url: string }): boolean {
  if (pattern === undefined) return true;
  if (typeof pattern === 'string') return req.path.startsWith(pattern);
  return pattern.test(req.url);
}

/** Insert bytes that are not valid UTF-8 into the first JSON/HTML string value. */
export function corruptUtf8(body: Buffer): Buffer {
  const text = body.toString('latin1');
  const m = /"(?:title|name|text|Title)"\s*:\s*"/.exec(text) ?? /<title>|<h1>|"[^"]*":"/.exec(text);
  const at = m ? m.index + m[0].length : Math.floor(body.length / 2);
  return Buffer.concat([body.subarray(0, at), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), body.subarray(at)]);
}
