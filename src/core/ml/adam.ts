// The Adam optimiser over one flat parameter array, shared by the sector and skill-sentence models. Deterministic:
// the same gradients give the same steps, so shipped weights can be rebuilt and compared exactly.

const BETA1 = 0.9;
const BETA2 = 0.999;
const EPS = 1e-8;

export class Adam {
  private readonly m: Float64Array;
  private readonly v: Float64Array;

  constructor(size: number) {
    this.m = new Float64Array(size);
    this.v = new Float64Array(size);
  }

  /** One step (epoch counts from 1) of `params` against `grads`, in place. */
  step(params: Float64Array, grads: Float64Array, epoch: number, learningRate: number): void {
    const c1 = 1 - BETA1 ** epoch, c2 = 1 - BETA2 ** epoch;
    const { m, v } = this;
    for (let i = 0; i < params.length; i++) {
      m[i] = BETA1 * m[i]! + (1 - BETA1) * grads[i]!;
      v[i] = BETA2 * v[i]! + (1 - BETA2) * grads[i]! ** 2;
      params[i]! -= (learningRate * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + EPS);
    }
  }
}
