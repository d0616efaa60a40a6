// Report maths: shares, their uncertainty, trends between two periods, and co-occurrence lift.
// Pure and deterministic; the report modules feed it counts from PostgreSQL.

/** z for a two-sided 95 % interval. */
export const Z_95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/** count / total, 0 when there is nothing to divide by. */
export function share(count: number, total: number): number {
  return total > 0 ? count / total : 0;
}

/**
 * Wilson score interval for a proportion (successes of trials). Unlike the normal approximation it stays
 * inside [0, 1] and behaves at 0 and at small samples, which is where most entities in a narrow segment sit.
 */
export function wilsonInterval(successes: number, trials: number, z = Z_95): Interval {
  if (!(trials > 0)) return { low: 0, high: 1 };
  const x = Math.min(Math.max(successes, 0), trials);
  const p = x / trials;
  const z2 = z * z;
  const denom = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denom;
  // At x = 0 (x = n) the bound is exactly 0 (1); say so rather than return floating-point dust.
  return { low: x === 0 ? 0 : Math.max(0, centre - half), high: x === trials ? 1 : Math.min(1, centre + half) };
}

// Complementary error function, Chebyshev fit (Numerical Recipes `erfcc`): fractional error below 1.2e-7
// everywhere, plenty for p-values that are compared against 0.05.
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** Standard normal cumulative distribution function. */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

export interface ZTest {
  /** (p1 - p2) / pooled standard error; null when the pooled proportion is 0 or 1 (no variance to test). */
  z: number | null;
  /** Two-sided p-value; null with z. */
  pValue: number | null;
}

/** Two-proportion z-test with pooled variance: is x1/n1 different from x2/n2? */
export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): ZTest {
  if (!(n1 > 0) || !(n2 > 0)) return { z: null, pValue: null };
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (!(se > 0)) return { z: null, pValue: null };
  const z = (x1 / n1 - x2 / n2) / se;
  return { z, pValue: Math.min(1, 2 * (1 - normalCdf(Math.abs(z)))) };
}

export interface Count {
  /** Postings in the period that mention the entity. */
  postings: number;
  /** All postings in the period's segment. */
  total: number;
}

export interface PeriodShare extends Count, Interval {
  share: number;
}

export type TrendLabel = 'rising' | 'falling' | 'flat' | 'insufficient';

export interface TrendOptions {
  /** The entity must be mentioned by at least this many postings in one of the two periods. Default 5. */
  minPostings?: number;
  /** Each period's segment must hold at least this many postings. Default 30. */
  minTotal?: number;
  /** Significance level of the two-sided test. Default 0.05. */
  alpha?: number;
}

export interface ShareTrend {
  current: PeriodShare;
  previous: PeriodShare;
  /** current.share - previous.share, in share units (0.02 = two percentage points). */
  change: number;
  /** change / previous.share; null when the previous share was 0. */
  relativeChange: number | null;
  z: number | null;
  pValue: number | null;
  significant: boolean;
  label: TrendLabel;
}

export const DEFAULT_TREND_OPTIONS: Required<TrendOptions> = { minPostings: 5, minTotal: 30, alpha: 0.05 };

function periodShare(c: Count): PeriodShare {
  return { postings: c.postings, total: c.total, share: share(c.postings, c.total), ...wilsonInterval(c.postings, c.total) };
}

/**
 * Trend of an entity's share between a previous and a current period. Shares, not counts, because scrape
 * volume varies. Rising/falling only when the difference is significant (two-proportion z-test) and the
 * periods have enough support; otherwise flat, or insufficient when there is too little data to say.
 */
export function shareTrend(current: Count, previous: Count, options: TrendOptions = {}): ShareTrend {
  const o = { ...DEFAULT_TREND_OPTIONS, ...options };
  const cur = periodShare(current);
  const prev = periodShare(previous);
  const change = cur.share - prev.share;
  const relativeChange = prev.share > 0 ? change / prev.share : null;
  const { z, pValue } = twoProportionZTest(current.postings, current.total, previous.postings, previous.total);
  const supported =
    current.total >= o.minTotal && previous.total >= o.minTotal && Math.max(current.postings, previous.postings) >= o.minPostings;
  const significant = supported && pValue !== null && pValue < o.alpha;
  const label: TrendLabel = !supported ? 'insufficient' : !significant ? 'flat' : change > 0 ? 'rising' : 'falling';
  return { current: cur, previous: prev, change, relativeChange, z, pValue, significant, label };
}

/** Whether two intervals do not overlap: a conservative, test-free way to call a difference. */
export function intervalsSeparate(a: Interval, b: Interval): boolean {
  return a.high < b.low || b.high < a.low;
}

export interface Cooccurrence {
  /** P(A and B): postings with both / all postings. */
  support: number;
  /** P(B | A): of the postings with A, the share that also has B. */
  confidence: number;
  /** P(A and B) / (P(A) P(B)); 1 = independent, above 1 = they go together. 0 when undefined. */
  lift: number;
}

/** How strongly two entities go together in a set of `total` postings. */
export function cooccurrence(together: number, countA: number, countB: number, total: number): Cooccurrence {
  if (!(total > 0) || !(countA > 0) || !(countB > 0)) return { support: 0, confidence: 0, lift: 0 };
  return {
    support: together / total,
    confidence: together / countA,
    // Same as (together/total) / ((countA/total) (countB/total)), without the extra rounding.
    lift: (together * total) / (countA * countB),
  };
}
