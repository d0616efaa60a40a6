// A multinomial logistic-regression (softmax) model over sparse binary features: eight classes, the seven
// sectors and "none of them". Training is deterministic (zero start, full-batch Adam, fixed epochs), so the
// shipped weights are a pure function of the labelled corpus and the feature code: the sync test retrains and
// compares. Prediction is a sum of a few hundred weight rows, a few microseconds per posting.
import { Adam } from '../ml/adam.ts';

export interface SoftmaxModel {
  /** Class names; the last is the null class. */
  classes: string[];
  bias: number[];
  /** Feature → one weight per class. Only features seen in at least `minDf` training examples are kept. */
  weights: Record<string, number[]>;
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty per weight (the data loss is the mean over examples). */
  l2: number;
  /** A feature must occur in this many examples to get weights. */
  minDf: number;
  /** Features whose weights are all smaller than this are left out of the model (they barely move a score). */
  minWeight: number;
}

export const DEFAULT_TRAIN: TrainOptions = { epochs: 300, learningRate: 0.05, l2: 0.002, minDf: 2, minWeight: 0.02 };

export interface TrainingExample {
  features: string[];
  /** Index into classes. */
  label: number;
}

export function trainSoftmax(classes: string[], examples: TrainingExample[], opts: TrainOptions = DEFAULT_TRAIN): SoftmaxModel {
  const K = classes.length;
  const df = new Map<string, number>();
  for (const ex of examples) for (const f of new Set(ex.features)) df.set(f, (df.get(f) ?? 0) + 1);
  const vocab = [...df].filter(([, n]) => n >= opts.minDf).map(([f]) => f).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const docs = examples.map((ex) => [...new Set(ex.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined))]);
  const V = vocab.length;
  const W = new Float64Array(V * K);
  const b = new Float64Array(K);
  const adamW = new Adam(V * K), adamB = new Adam(K);
  const gW = new Float64Array(V * K), gb = new Float64Array(K);
  const n = examples.length;
  const logits = new Float64Array(K);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    gW.fill(0);
    gb.fill(0);
    for (let d = 0; d < n; d++) {
      const doc = docs[d]!;
      for (let k = 0; k < K; k++) logits[k] = b[k]!;
      for (const f of doc) for (let k = 0; k < K; k++) logits[k]! += W[f * K + k]!;
      softmaxInPlace(logits);
      const y = examples[d]!.label;
      for (let k = 0; k < K; k++) {
        const g = (logits[k]! - (k === y ? 1 : 0)) / n;
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
  return { classes, bias: Array.from(b, round), weights };
}

function softmaxInPlace(x: Float64Array | number[]): void {
  let max = -Infinity;
  for (const v of x) if (v > max) max = v;
  let sum = 0;
  for (let k = 0; k < x.length; k++) {
    x[k] = Math.exp(x[k]! - max);
    sum += x[k]!;
  }
  for (let k = 0; k < x.length; k++) x[k]! /= sum;
}

/** A model ready for prediction: the weights in a Map, which looks up thousands of string keys faster than an object. */
export interface CompiledModel {
  classes: string[];
  bias: number[];
  weights: Map<string, number[]>;
}

export function compileModel(m: SoftmaxModel): CompiledModel {
  return { classes: m.classes, bias: m.bias, weights: new Map(Object.entries(m.weights)) };
}

/** Class probabilities for one example's distinct features (unknown features are ignored). */
export function predictSoftmax(model: CompiledModel, features: Iterable<string>): number[] {
  const p = model.bias.slice();
  for (const f of features) {
    const row = model.weights.get(f);
    if (row) for (let k = 0; k < p.length; k++) p[k]! += row[k]!;
  }
  softmaxInPlace(p);
  return p;
}
