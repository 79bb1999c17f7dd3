// Draws for simulation tests, built on the product's seeded generator (lib/demo/random.ts).
import { gamma, seededRandom } from '../../lib/demo/random';

export interface Sampler {
  uniform: () => number;
  exponential: (rate: number) => number;
  /** Gamma(shape, rate = 1). */
  gamma: (shape: number) => number;
  beta: (a: number, b: number) => number;
}

export function sampler(seed: number): Sampler {
  const uniform = seededRandom(seed);
  const draw = (shape: number) => gamma(uniform, shape, 1);
  return {
    uniform,
    exponential: (rate) => -Math.log(1 - uniform()) / rate,
    gamma: draw,
    beta: (a, b) => {
      const x = draw(a);
      return x / (x + draw(b));
    },
  };
}
