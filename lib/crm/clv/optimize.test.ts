import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../demo/random';
import { minimize, minimizeSteps, runStepsInSlices } from './optimize';

const rosenbrock = ([x = 0, y = 0]: number[]) => (1 - x) ** 2 + 100 * (y - x * x) ** 2;

describe('minimize (Nelder–Mead with restarts)', () => {
  it('finds the minimum of the Rosenbrock valley', () => {
    const { x, value } = minimize(rosenbrock, [-1.2, 1]);
    expect(x[0]).toBeCloseTo(1, 6);
    expect(x[1]).toBeCloseTo(1, 6);
    expect(value).toBeLessThan(1e-12);
  });

  it('respects bounds expressed as Infinity, and treats NaN as Infinity', () => {
    const bounded = ([x = 0]: number[]) => (x < 2 ? Number.POSITIVE_INFINITY : (x - 1) ** 2);
    expect(minimize(bounded, [3]).x[0]).toBeCloseTo(2, 6);
    const withNaN = ([x = 0]: number[]) => (x < 0 ? Number.NaN : (x - 0.5) ** 2);
    expect(minimize(withNaN, [2]).x[0]).toBeCloseTo(0.5, 6);
  });

  it('always stops within the evaluation budget', () => {
    const noise = seededRandom(5);
    const { evaluations } = minimize(() => noise(), [0, 0, 0], { maxEvaluations: 500 });
    expect(evaluations).toBeLessThanOrEqual(500 + 4);
  });
});

describe('minimize in slices', () => {
  it('lets other work run between evaluations and finds exactly the same point', async () => {
    let pauses = 0;
    let ranBetween = false;
    setTimeout(() => {
      ranBetween = true;
    }, 0);
    const slice = {
      due: () => true,
      pause: async () => {
        pauses++;
        await new Promise((resolve) => setTimeout(resolve, 0));
      },
    };
    const sliced = await runStepsInSlices(minimizeSteps(rosenbrock, [-1.2, 1]), slice);
    expect(sliced).toEqual(minimize(rosenbrock, [-1.2, 1]));
    expect(pauses).toBe(sliced.evaluations);
    expect(ranBetween).toBe(true);
  });
});
