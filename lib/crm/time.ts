/** Small numeric and time helpers shared by the CRM modules. All pure; none reads the clock. */

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Signed, fractional days from `from` to `to`; 0 when either is not a finite number. */
export function daysBetween(from: number, to: number): number {
  if (!isFiniteNumber(from) || !isFiniteNumber(to)) return 0;
  return (to - from) / DAY_MS;
}

/** Whole days elapsed from `from` to `to`, never negative (a `from` in the future counts as 0). */
export function elapsedDays(from: number, to: number): number {
  return Math.max(0, Math.floor(daysBetween(from, to)));
}

/** Median of the finite values (others are skipped); null when there are none. */
export function median(values: readonly number[]): number | null {
  const sorted = values.filter(isFiniteNumber).sort((a, b) => a - b);
  const count = sorted.length;
  if (count === 0) return null;
  const middle = Math.floor(count / 2);
  const upper = sorted[middle] ?? 0;
  if (count % 2 === 1) return upper;
  return ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/** Clamps into [min, max]; NaN becomes `min`. */
export function clamp(value: number, min: number, max: number): number {
  if (Number.isNaN(value)) return min;
  return Math.min(max, Math.max(min, value));
}

/** Rounds to `decimals` places; values too large to scale are returned unchanged rather than as Infinity. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Number.isFinite(rounded) ? rounded : value;
}
