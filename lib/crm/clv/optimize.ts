// Derivative-free minimisation (Nelder–Mead with restarts) for the small maximum-likelihood fits.

export interface MinimizeOptions {
  /** Edge length of the initial simplex (and of each restart's simplex). */
  initialStep?: number;
  /** Stop when every vertex is within this distance (max-norm) of the best one… */
  xTolerance?: number;
  /** …and every vertex value is within this of the best one. */
  fTolerance?: number;
  /** Hard cap on objective evaluations, over all restarts. */
  maxEvaluations?: number;
  /** Restarts from the best point; a collapsed simplex can stall away from the optimum. */
  maxRestarts?: number;
}

export interface MinimizeResult {
  x: number[];
  value: number;
  evaluations: number;
}

interface Vertex {
  x: number[];
  value: number;
}

const REFLECTION = 1;
const EXPANSION = 2;
const CONTRACTION = 0.5;
const SHRINK = 0.5;

function combine(from: number[], to: number[], factor: number): number[] {
  // from + factor · (to − from)
  return from.map((value, i) => value + factor * ((to[i] ?? 0) - value));
}

/** A computation that stops after each costly step (an objective evaluation), so a caller may pause there. */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps to the end without stopping. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps, letting other work run whenever `slice` says its time is up: the same result. */
export async function runStepsInSlices<T>(
  steps: Steps<T>,
  slice: { due(): boolean; pause(): Promise<void> },
): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (slice.due()) await slice.pause();
  }
}

function* nelderMeadRun(
  objective: (x: number[]) => number,
  start: number[],
  step: number,
  xTolerance: number,
  fTolerance: number,
  evaluationBudget: number,
): Steps<MinimizeResult> {
  let evaluations = 0;
  function* evaluate(x: number[]): Steps<Vertex> {
    evaluations++;
    const value = objective(x);
    yield;
    return { x, value: Number.isNaN(value) ? Number.POSITIVE_INFINITY : value };
  }
  const dimension = start.length;
  const simplex: Vertex[] = [yield* evaluate(start)];
  for (let i = 0; i < dimension; i++) {
    simplex.push(yield* evaluate(start.map((value, j) => (j === i ? value + step : value))));
  }

  const best = (): Vertex => simplex[0] ?? { x: start, value: Number.POSITIVE_INFINITY };
  while (evaluations < evaluationBudget) {
    simplex.sort((p, q) => p.value - q.value);
    const bestVertex = best();
    const worst = simplex[dimension] ?? bestVertex;
    const secondWorst = simplex[dimension - 1] ?? bestVertex;
    const converged = simplex.every(
      (vertex) =>
        Math.abs(vertex.value - bestVertex.value) <= fTolerance &&
        vertex.x.every((value, i) => Math.abs(value - (bestVertex.x[i] ?? 0)) <= xTolerance),
    );
    if (converged) break;

    const centroid = new Array<number>(dimension).fill(0);
    for (let v = 0; v < dimension; v++) {
      const vertex = simplex[v];
      if (!vertex) continue;
      vertex.x.forEach((value, i) => {
        centroid[i] = (centroid[i] ?? 0) + value / dimension;
      });
    }
    const reflected = yield* evaluate(combine(centroid, worst.x, -REFLECTION));
    if (reflected.value < bestVertex.value) {
      const expanded = yield* evaluate(combine(centroid, worst.x, -EXPANSION));
      simplex[dimension] = expanded.value < reflected.value ? expanded : reflected;
      continue;
    }
    if (reflected.value < secondWorst.value) {
      simplex[dimension] = reflected;
      continue;
    }
    const outside = reflected.value < worst.value;
    const contracted = yield* evaluate(combine(centroid, outside ? reflected.x : worst.x, CONTRACTION));
    if (contracted.value < (outside ? reflected.value : worst.value)) {
      simplex[dimension] = contracted;
      continue;
    }
    for (let v = 1; v <= dimension; v++) {
      const vertex = simplex[v];
      if (vertex) simplex[v] = yield* evaluate(combine(bestVertex.x, vertex.x, SHRINK));
    }
  }
  simplex.sort((p, q) => p.value - q.value);
  const result = best();
  return { x: result.x, value: result.value, evaluations };
}

/**
 * Minimise `objective` from `start` with Nelder–Mead, restarting from the best point until a restart no
 * longer improves it. NaN values count as +Infinity, so an objective can reject a point by returning
 * Infinity (e.g. outside bounds); `start` itself must have a finite value. Always terminates.
 */
export function minimize(
  objective: (x: number[]) => number,
  start: number[],
  options: MinimizeOptions = {},
): MinimizeResult {
  return runSteps(minimizeSteps(objective, start, options));
}

/** The same minimisation, a step per objective evaluation. */
export function* minimizeSteps(
  objective: (x: number[]) => number,
  start: number[],
  options: MinimizeOptions = {},
): Steps<MinimizeResult> {
  const {
    initialStep = 0.5,
    xTolerance = 1e-9,
    fTolerance = 1e-12,
    maxEvaluations = 20_000,
    maxRestarts = 8,
  } = options;
  let current = yield* nelderMeadRun(objective, start, initialStep, xTolerance, fTolerance, maxEvaluations);
  let evaluations = current.evaluations;
  for (let restart = 0; restart < maxRestarts && evaluations < maxEvaluations; restart++) {
    const next = yield* nelderMeadRun(
      objective,
      current.x,
      initialStep,
      xTolerance,
      fTolerance,
      maxEvaluations - evaluations,
    );
    evaluations += next.evaluations;
    const improvement = current.value - next.value;
    if (next.value < current.value) current = next;
    if (!(improvement > fTolerance)) break;
  }
  return { ...current, evaluations };
}
