// One error taxonomy for the whole pipeline. Queue behaviour for each class is decided in one place
// (src/queue/error-policy.ts); code elsewhere only throws the class that says what happened.

export abstract class SkillpulseError extends Error {
  abstract readonly kind: 'permanent' | 'rate-limited' | 'blocked' | 'fatal' | 'transient';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Retrying cannot help: malformed body, 404, validation failure. Fail the job, keep the reason. */
export class PermanentError extends SkillpulseError {
  readonly kind = 'permanent' as const;
}

/** Network error, 5xx, timeout: retry with backoff. */
export class TransientError extends SkillpulseError {
  readonly kind = 'transient' as const;
}

/** The host asked us to slow down (429 / Retry-After). Retry later without spending an attempt. */
export class RateLimitedError extends SkillpulseError {
  readonly kind = 'rate-limited' as const;
  constructor(
    message: string,
    readonly retryAfterMs: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** robots.txt (or a private-address guard) forbids the request. Not retried; shown to ops as blocked. */
export class BlockedError extends SkillpulseError {
  readonly kind = 'blocked' as const;
}

/** Misconfiguration that no retry can fix and that needs a human (bad config, missing migration). */
export class FatalError extends SkillpulseError {
  readonly kind = 'fatal' as const;
}

/** Normalise anything thrown into an Error once. */
export function coerceError(value: unknown): Error {
  if (value instanceof Error) return value;
  if (typeof value === 'string') return new Error(value);
  try {
    return new Error(JSON.stringify(value));
  } catch {
    return new Error(String(value));
  }
}
