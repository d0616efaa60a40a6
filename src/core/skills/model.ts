// A multi-label logistic-regression model over sparse binary features: one independent yes/no per label (a line
// can ask for Communication and Visualization at once). Training is deterministic (zero start, full-batch Adam,
// fixed epochs), so the shipped weights are a pure function of the labelled corpus and the feature code, and the
// sync test can retrain and compare. Prediction sums a few dozen weight rows per line.
import { compileWeights, sparseScores, trainSparseLinear, type LinearTrainOptions } from '../ml/sparse-linear.ts';

export interface MultiLabelModel {
  labels: string[];
  bias: number[];
  /** Feature → one weight per label. Only features seen in at least `minDf` training lines are kept. */
  weights: Record<string, number[]>;
}

export type MultiLabelTrainOptions = LinearTrainOptions;

export const MULTI_LABEL_TRAIN: MultiLabelTrainOptions = { epochs: 250, learningRate: 0.05, l2: 0.001, minDf: 2, minWeight: 0.02 };

export interface MultiLabelExample {
  features: string[];
  /** Indexes into labels of the labels this example has; [] for none. */
  labels: number[];
}

export function trainMultiLabel(labels: string[], examples: MultiLabelExample[], opts: MultiLabelTrainOptions = MULTI_LABEL_TRAIN): MultiLabelModel {
  const link = (z: Float64Array): void => {
    for (let k = 0; k < z.length; k++) z[k] = sigmoid(z[k]!);
  };
  const wanted = examples.map((ex) => new Set(ex.labels));
  const target = (d: number, k: number): number => (wanted[d]!.has(k) ? 1 : 0);
  return { labels, ...trainSparseLinear(labels.length, examples.map((ex) => ex.features), link, target, opts) };
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** A model ready for prediction: the weights in a Map, faster than an object for thousands of string keys. */
export interface CompiledMultiLabel {
  labels: string[];
  bias: number[];
  weights: Map<string, number[]>;
}

export function compileMultiLabel(m: MultiLabelModel): CompiledMultiLabel {
  return { labels: m.labels, bias: m.bias, weights: compileWeights(m.weights) };
}

/** Each label's probability for one example's distinct features (unknown features are ignored). */
export function predictMultiLabel(model: CompiledMultiLabel, features: Iterable<string>): number[] {
  return sparseScores(model.bias, model.weights, features).map(sigmoid);
}
