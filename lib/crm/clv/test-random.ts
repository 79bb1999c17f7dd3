// Seeded random sampling for the model tests (not used by the library).

/** mulberry32: a tiny, fast 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Sampler {
  uniform: () => number;
  /** Uniform in (0, 1]: safe to take the log of. */
  positiveUniform: () => number;
  normal: () => number;
  exponential: (rate: number) => number;
  /** Gamma(shape, rate = 1), Marsaglia–Tsang. */
  gamma: (shape: number) => number;
  beta: (a: number, b: number) => number;
}

export function sampler(seed: number): Sampler {
  const uniform = mulberry32(seed);
  const positiveUniform = () => 1 - uniform();
  const normal = () => Math.sqrt(-2 * Math.log(positiveUniform())) * Math.cos(2 * Math.PI * uniform());
  const gamma = (shape: number): number => {
    if (shape < 1) return gamma(shape + 1) * positiveUniform() ** (1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const z = normal();
      const v = (1 + c * z) ** 3;
      if (v > 0 && Math.log(positiveUniform()) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
    }
  };
  return {
    uniform,
    positiveUniform,
    normal,
    exponential: (rate) => -Math.log(positiveUniform()) / rate,
    gamma,
    beta: (a, b) => {
      const x = gamma(a);
      return x / (x + gamma(b));
    },
  };
}
