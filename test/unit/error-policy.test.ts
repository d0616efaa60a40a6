import { describe, expect, it } from 'vitest';
import { BlockedError, FatalError, PermanentError, RateLimitedError, TransientError } from '../../src/errors.ts';
import { classify } from '../../src/queue/error-policy.ts';

describe('error policy: one table from error class to queue behaviour', () => {
  it.each([
    [new TransientError('503 from host'), { action: 'retry', reason: '503 from host' }],
    [new RateLimitedError('429', 30_000), { action: 'delay', reason: '429', delayMs: 30_000 }],
    [new RateLimitedError('429 soon', 10), { action: 'delay', reason: '429 soon', delayMs: 1_000 }],
    [new PermanentError('malformed JSON'), { action: 'fail', reason: 'malformed JSON', status: 'failed' }],
    [new FatalError('no adapter'), { action: 'fail', reason: 'no adapter', status: 'failed' }],
    [new BlockedError('robots.txt disallows /jobs'), { action: 'fail', reason: 'robots.txt disallows /jobs', status: 'blocked' }],
    [new Error('connection terminated unexpectedly'), { action: 'retry', reason: 'connection terminated unexpectedly' }],
    ['a thrown string', { action: 'retry', reason: 'a thrown string' }],
  ])('%s', (err, expected) => {
    expect(classify(err)).toEqual(expected);
  });
});
