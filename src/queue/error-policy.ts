// The one place that maps our error taxonomy to queue behaviour.
import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import { coerceError, SkillpulseError } from '../errors.ts';

export type Disposition =
  | { action: 'retry'; reason: string } // spend an attempt; BullMQ backs off exponentially
  | { action: 'delay'; reason: string; delayMs: number } // rate-limited: come back later, attempt not spent
  | { action: 'fail'; reason: string; status: 'failed' | 'blocked' }; // final

export function classify(err: unknown): Disposition {
  const e = coerceError(err);
  const reason = e.message;
  if (e instanceof SkillpulseError) {
    switch (e.kind) {
      case 'rate-limited':
        return { action: 'delay', reason, delayMs: Math.max(1_000, (e as { retryAfterMs?: number }).retryAfterMs ?? 1_000) };
      case 'blocked':
        return { action: 'fail', reason, status: 'blocked' };
      case 'permanent':
      case 'fatal':
        return { action: 'fail', reason, status: 'failed' };
      case 'transient':
        return { action: 'retry', reason };
    }
  }
  // Unknown errors (bugs, driver errors) are retried: a restarted PostgreSQL or Redis should not lose work.
  return { action: 'retry', reason };
}

/** True when this failure will not be retried by BullMQ (final attempt or unrecoverable). */
export function isFinalFailure(job: Job, d: Disposition): boolean {
  if (d.action === 'fail') return true;
  if (d.action === 'delay') return false;
  const attempts = job.opts.attempts ?? 1;
  return job.attemptsMade + 1 >= attempts;
}

/**
 * Apply the disposition inside a processor: returns the error to throw.
 * Rate-limited jobs move back to delayed without spending an attempt.
 */
export async function toQueueError(job: Job, d: Disposition, token: string | undefined): Promise<Error> {
  if (d.action === 'delay' && token) {
    await job.moveToDelayed(Date.now() + d.delayMs, token);
    return new DelayedError(d.reason);
  }
  if (d.action === 'fail') return new UnrecoverableError(d.reason);
  return new Error(d.reason);
}
