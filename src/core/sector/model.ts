// A multinomial logistic-regression (softmax) model over sparse binary features: eight classes, the seven
// sectors and "none of them". Training is deterministic (zero start, full-batch Adam, fixed epochs), so the
// shipped weights are a pure function of the labelled corpus and the feature code: the sync test retrains and
// compares. Prediction is a sum of a few hundred weight rows, a few microseconds per posting.
import { compileWeights, sparseScores, trainSparseLinear, type LinearTrainOptions } from '../ml/sparse-linear.ts';

export interface SoftmaxModel {
  /** Class names; the last is the null class. */
  classes: string[];
  bias: number[];
  /** Feature → one weight per class. Only features seen in at least `minDf` training examples are kept. */
  weights: Record<string, number[]>;
}

export type TrainOptions = LinearTrainOptions;

export const DEFAULT_TRAIN: TrainOptions = { epochs: 300, learningRate: 0.05, l2: 0.002, minDf: 2, minWeight: 0.02 };

export interface TrainingExample {
  features: string[];
  /** Index into classes. */
  label: number;
}

export function trainSoftmax(classes: string[], examples: TrainingExample[], opts: TrainOptions = DEFAULT_TRAIN): SoftmaxModel {
  const link = (z: Float64Array): void => softmaxInPlace(z);
  const target = (d: number, k: number): number => (k === examples[d]!.label ? 1 : 0);
  return { classes, ...trainSparseLinear(classes.length, examples.map((ex) => ex.features), link, target, opts) };
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
  return { classes: m.classes, bias: m.bias, weights: compileWeights(m.weights) };
}

/** Class probabilities for one example's distinct features (unknown features are ignored). */
export function predictSoftmax(model: CompiledModel, features: Iterable<string>): number[] {
  const p = sparseScores(model.bias, model.weights, features);
  softmaxInPlace(p);
  return p;
}
