import { describe, expect, it } from 'vitest';
import {
  cooccurrence,
  intervalsSeparate,
  normalCdf,
  share,
  shareTrend,
  twoProportionZTest,
  wilsonInterval,
} from '../../src/core/metrics.ts';
import { trendWindows, weekStart } from '../../src/reports/trends.ts';

describe('share', () => {
  it('divides, and is 0 for an empty segment', () => {
    expect(share(3, 12)).toBe(0.25);
    expect(share(0, 0)).toBe(0);
    expect(share(5, 0)).toBe(0);
  });
});

describe('wilsonInterval (95 %)', () => {
  // Hand-computed with z = 1.96: p = 0.1, z²/n = 0.038416, centre = 0.119208 / 1.038416 = 0.114798,
  // half = 1.96 · sqrt(0.0009 + 0.00009604) / 1.038416 = 0.059570.
  it('10 of 100', () => {
    const i = wilsonInterval(10, 100);
    expect(i.low).toBeCloseTo(0.05523, 4);
    expect(i.high).toBeCloseTo(0.17437, 4);
  });

  // p = 0: centre = (z²/2n)/(1+z²/n) = 0.19208/1.38416 = 0.138770, half = 1.96·sqrt(0.0096040)/1.38416 = 0.138770.
  it('0 of 10 starts at 0 and is not degenerate', () => {
    const i = wilsonInterval(0, 10);
    expect(i.low).toBe(0);
    expect(i.high).toBeCloseTo(0.27754, 4);
  });

  it('is symmetric: 10 of 10 mirrors 0 of 10', () => {
    const i = wilsonInterval(10, 10);
    expect(i.high).toBe(1);
    expect(i.low).toBeCloseTo(1 - 0.27754, 4);
  });

  it('holds the point estimate and narrows with more data', () => {
    const small = wilsonInterval(5, 20);
    const large = wilsonInterval(500, 2000);
    expect(small.low).toBeLessThan(0.25);
    expect(small.high).toBeGreaterThan(0.25);
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
  });

  it('is [0, 1] with no trials', () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });
});

describe('normalCdf', () => {
  it('matches table values', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 5);
    expect(normalCdf(2.54)).toBeCloseTo(0.994457, 5);
  });
});

describe('twoProportionZTest', () => {
  // 30/100 vs 15/100: pooled 0.225, se = sqrt(0.225·0.775·0.02) = 0.0590551, z = 0.15/0.0590551 = 2.54000.
  it('30/100 vs 15/100', () => {
    const t = twoProportionZTest(30, 100, 15, 100);
    expect(t.z).toBeCloseTo(2.54, 3);
    expect(t.pValue).toBeCloseTo(0.011087, 4);
  });

  it('is antisymmetric in its arguments', () => {
    const a = twoProportionZTest(30, 100, 15, 100);
    const b = twoProportionZTest(15, 100, 30, 100);
    expect(b.z).toBeCloseTo(-(a.z ?? 0), 10);
    expect(b.pValue).toBeCloseTo(a.pValue ?? 0, 10);
  });

  it('has no z when there is no variance', () => {
    expect(twoProportionZTest(0, 50, 0, 60)).toEqual({ z: null, pValue: null });
    expect(twoProportionZTest(50, 50, 60, 60)).toEqual({ z: null, pValue: null });
    expect(twoProportionZTest(1, 0, 1, 10)).toEqual({ z: null, pValue: null });
  });
});

describe('shareTrend', () => {
  it('rising when the share grows significantly', () => {
    const t = shareTrend({ postings: 30, total: 100 }, { postings: 15, total: 100 });
    expect(t.label).toBe('rising');
    expect(t.significant).toBe(true);
    expect(t.change).toBeCloseTo(0.15, 10);
    expect(t.relativeChange).toBeCloseTo(1, 10);
    expect(t.current.share).toBe(0.3);
    expect(t.previous.share).toBe(0.15);
    expect(t.current.low).toBeLessThan(0.3);
    expect(t.current.high).toBeGreaterThan(0.3);
  });

  it('falling is the mirror image', () => {
    const t = shareTrend({ postings: 15, total: 100 }, { postings: 30, total: 100 });
    expect(t.label).toBe('falling');
    expect(t.change).toBeCloseTo(-0.15, 10);
  });

  // 22/100 vs 18/100: pooled 0.2, se = sqrt(0.2·0.8·0.02) = 0.056569, z = 0.7071, p = 0.4795: not significant.
  it('flat when the difference is within noise', () => {
    const t = shareTrend({ postings: 22, total: 100 }, { postings: 18, total: 100 });
    expect(t.label).toBe('flat');
    expect(t.significant).toBe(false);
    expect(t.z).toBeCloseTo(0.70711, 4);
    expect(t.pValue).toBeCloseTo(0.4795, 3);
  });

  it('compares shares, not counts: twice the postings in twice the volume is flat', () => {
    const t = shareTrend({ postings: 40, total: 400 }, { postings: 20, total: 200 });
    expect(t.change).toBe(0);
    expect(t.label).toBe('flat');
  });

  it('insufficient below the minimum segment size or mention count', () => {
    // Huge relative jump but only 20 postings in the current segment.
    expect(shareTrend({ postings: 15, total: 20 }, { postings: 5, total: 100 }).label).toBe('insufficient');
    // Enough volume, but the entity is mentioned by 4 postings at most.
    expect(shareTrend({ postings: 4, total: 500 }, { postings: 0, total: 500 }).label).toBe('insufficient');
    // At the thresholds it is judged: 5/30 vs 0/30 → pooled 5/60, z = 2.341, p = 0.019.
    const edge = shareTrend({ postings: 5, total: 30 }, { postings: 0, total: 30 });
    expect(edge.label).toBe('rising');
    expect(edge.relativeChange).toBeNull();
  });

  it('takes custom thresholds', () => {
    const t = shareTrend({ postings: 4, total: 20 }, { postings: 0, total: 20 }, { minPostings: 3, minTotal: 10 });
    expect(t.label).not.toBe('insufficient');
  });
});

describe('intervalsSeparate', () => {
  it('detects overlap', () => {
    expect(intervalsSeparate({ low: 0.1, high: 0.2 }, { low: 0.25, high: 0.3 })).toBe(true);
    expect(intervalsSeparate({ low: 0.25, high: 0.3 }, { low: 0.1, high: 0.2 })).toBe(true);
    expect(intervalsSeparate({ low: 0.1, high: 0.26 }, { low: 0.25, high: 0.3 })).toBe(false);
  });
});

describe('cooccurrence lift', () => {
  // 200 postings; A in 40, B in 50, both in 20: P(A∧B) = 0.1, P(A) = 0.2, P(B) = 0.25 → lift 2.
  it('hand-computed example', () => {
    const c = cooccurrence(20, 40, 50, 200);
    expect(c.lift).toBeCloseTo(2, 12);
    expect(c.support).toBe(0.1);
    expect(c.confidence).toBe(0.5);
  });

  it('independent entities have lift 1', () => {
    // P(A) = 0.5, P(B) = 0.2, P(A∧B) = 0.1.
    expect(cooccurrence(10, 50, 20, 100).lift).toBeCloseTo(1, 12);
  });

  it('is 0 when undefined', () => {
    expect(cooccurrence(0, 0, 10, 100).lift).toBe(0);
    expect(cooccurrence(0, 10, 10, 0).lift).toBe(0);
  });
});

describe('trend windows (ISO weeks, UTC)', () => {
  it('weekStart is the Monday of the week', () => {
    expect(weekStart(new Date('2024-01-03T12:00:00Z'))).toBe('2024-01-01');
    expect(weekStart(new Date('2024-01-07T23:59:59Z'))).toBe('2024-01-01');
    expect(weekStart(new Date('2024-01-08T00:00:00Z'))).toBe('2024-01-08');
    expect(weekStart(new Date('2024-03-01T08:00:00Z'))).toBe('2024-02-26'); // across a leap day
  });

  it('the last N weeks include the current one; the previous N weeks come right before', () => {
    expect(trendWindows(4, new Date('2024-01-03T12:00:00Z'))).toEqual({
      previous: { from: '2023-11-13', to: '2023-12-04' },
      current: { from: '2023-12-11', to: '2024-01-01' },
      until: '2024-01-08',
    });
    expect(trendWindows(1, new Date('2024-01-03T12:00:00Z'))).toEqual({
      previous: { from: '2023-12-25', to: '2023-12-25' },
      current: { from: '2024-01-01', to: '2024-01-01' },
      until: '2024-01-08',
    });
  });
});
