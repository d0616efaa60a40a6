// What each HTTP outcome means, and what the fetcher does about each error class — in one place.
// (Queue behaviour for the same classes is decided by the queue's own error policy.)
import type { SkillpulseError } from '../errors.ts';

export type StatusOutcome = 'ok' | 'not-modified' | 'redirect' | 'rate-limited' | 'transient' | 'permanent';

/** First matching row wins. `retryAfter` says whether the response carried a usable Retry-After. */
const STATUS_TABLE: ReadonlyArray<{ when: (status: number, retryAfter: boolean) => boolean; outcome: StatusOutcome }> = [
  { when: (s) => s === 304, outcome: 'not-modified' },
  { when: (s) => [301, 302, 303, 307, 308].includes(s), outcome: 'redirect' },
  { when: (s) => s >= 200 && s < 300, outcome: 'ok' },
  { when: (s) => s === 429, outcome: 'rate-limited' },
  { when: (s, ra) => s === 503 && ra, outcome: 'rate-limited' },
  { when: (s) => s === 408, outcome: 'transient' },
  { when: (s) => s >= 500 && s < 600, outcome: 'transient' },
  // Other 4xx, other 3xx (300, 305, ...), 1xx leftovers and nonsense codes: retrying cannot help.
  { when: () => true, outcome: 'permanent' },
];

export function classifyStatus(status: number, hasRetryAfter: boolean): StatusOutcome {
  return STATUS_TABLE.find((row) => row.when(status, hasRetryAfter))!.outcome;
}

/**
 * Inside one fetch: `backoff` = retry after exponential backoff with full jitter; `wait-if-short` = sleep
 * the Retry-After and retry when it is short, else throw so the queue reschedules without spending an
 * attempt; `throw` = give up now.
 */
export const RETRY_POLICY: Record<SkillpulseError['kind'], 'backoff' | 'wait-if-short' | 'throw'> = {
  transient: 'backoff',
  'rate-limited': 'wait-if-short',
  permanent: 'throw',
  blocked: 'throw',
  fatal: 'throw',
};

/** Full jitter: uniform in [0, min(cap, base·2^attempt)). `attempt` counts from 0. */
export function backoffDelayMs(attempt: number, baseMs: number, capMs: number, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(capMs, baseMs * 2 ** attempt));
}

/** Retry-After as delay-seconds or an HTTP-date (RFC 9110 §10.2.3) → milliseconds from `nowMs`; null if unusable. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  // Date.parse accepts almost anything ("-5" is a year); an HTTP-date always names a day or month.
  if (!/[A-Za-z]{3}/.test(v)) return null;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - nowMs);
}
