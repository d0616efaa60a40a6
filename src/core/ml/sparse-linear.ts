// A linear model over sparse binary features with K outputs, trained by full-batch Adam from a zero start: the
// shared core of the sector model (softmax over K classes) and the skill-sentence model (one sigmoid per label).
// Deterministic: the same examples and options give the same weights, so shipped weights can be rebuilt and compared.
import { Adam } from './adam.ts';

export interface LinearTrainOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty per weight (the data loss is the mean over examples). */
  l2: number;
  /** A feature must occur in this many examples to get weights. */
  minDf: number;
  /** Features whose weights are all smaller than this are left out of the model (they barely move a score). */
  minWeight: number;
}

export interface SparseLinear {
  bias: number[];
  /** Feature → one weight per output. */
  weights: Record<string, number[]>;
}

/**
 * Trains K outputs. `link` turns one example's scores into probabilities in place (softmax, sigmoid); `target(d, k)`
 * is example d's wanted probability for output k (0 or 1). The gradient of the log loss is then p − target.
 */
export function trainSparseLinear(K: number, features: string[][], link: (z: Float64Array) => void, target: (d: number, k: number) => number, opts: LinearTrainOptions): SparseLinear {
  const df = new Map<string, number>();
  for (const fs of features) for (const f of new Set(fs)) df.set(f, (df.get(f) ?? 0) + 1);
  const vocab = [...df].filter(([, n]) => n >= opts.minDf).map(([f]) => f).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const docs = features.map((fs) => [...new Set(fs.map((f) => index.get(f)).filter((i): i is number => i !== undefined))]);
  const V = vocab.length;
  const W = new Float64Array(V * K);
  const b = new Float64Array(K);
  const adamW = new Adam(V * K), adamB = new Adam(K);
  const gW = new Float64Array(V * K), gb = new Float64Array(K);
  const n = docs.length;
  const z = new Float64Array(K);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    gW.fill(0);
    gb.fill(0);
    for (let d = 0; d < n; d++) {
      const doc = docs[d]!;
      for (let k = 0; k < K; k++) z[k] = b[k]!;
      for (const f of doc) for (let k = 0; k < K; k++) z[k]! += W[f * K + k]!;
      link(z);
      for (let k = 0; k < K; k++) {
        const g = (z[k]! - target(d, k)) / n;
        gb[k]! += g;
        for (const f of doc) gW[f * K + k]! += g;
      }
    }
    for (let i = 0; i < V * K; i++) gW[i]! += opts.l2 * W[i]!;
    adamW.step(W, gW, epoch, opts.learningRate);
    adamB.step(b, gb, epoch, opts.learningRate);
  }
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  const weights: Record<string, number[]> = {};
  for (let f = 0; f < V; f++) {
    const row = Array.from(W.subarray(f * K, f * K + K), round);
    if (row.some((w) => Math.abs(w) >= opts.minWeight)) weights[vocab[f]!] = row;
  }
  return { bias: Array.from(b, round), weights };
}

/** Weights in a Map, which looks up thousands of string keys faster than an object. */
export function compileWeights(weights: Record<string, number[]>): Map<string, number[]> {
  return new Map(Object.entries(weights));
}

/** The raw scores (before the link) for one example's distinct features; unknown features are ignored. */
export function sparseScores(bias: number[], weights: Map<string, number[]>, features: Iterable<string>): number[] {
  const z = bias.slice();
  for (const f of features) {
    const row = weights.get(f);
    if (row) for (let k = 0; k < z.length; k++) z[k]! += row[k]!;
  }
  return z;
}
