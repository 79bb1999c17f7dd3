// Order statistics over timing samples (nearest rank), and the metric record latest.json holds.

export function quantile(samples, q) {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
export const median = (samples) => quantile(samples, 0.5);
export const p95 = (samples) => quantile(samples, 0.95);

const round = (n, digits = 3) => (n === null || !Number.isFinite(n) ? null : Number(n.toFixed(digits)));

/**
 * One row of bench/results/latest.json. `within` says how the budget reads: '<=' (at most) or '<'
 * (strictly under). A metric without a budget only reports; one without a value is missing, and fails.
 */
export function metric({ value, unit, budget = null, baseline = null, within = '<=', floorFactor, note, extra }) {
  const measured = value !== null && value !== undefined && Number.isFinite(value);
  // The verdict reads the reported figure: 16.7000001 ms reported as 16.7 meets a 16.7 ms budget.
  const shown = measured ? round(value) : null;
  // `floorFactor`: also met within that many times the bare operation (the floor) of the same run.
  const nearFloor = measured && floorFactor !== undefined && baseline ? shown <= floorFactor * baseline : false;
  const pass = budget === null ? true : measured && (nearFloor || (within === '<' ? shown < budget : shown <= budget));
  const ratio = measured && baseline ? value / baseline : null;
  return {
    value: shown,
    unit,
    budget,
    baseline: baseline === null ? null : round(baseline, 4),
    ratio: round(ratio, 1),
    pass,
    ...(floorFactor !== undefined ? { floor_factor: floorFactor } : {}),
    ...(note ? { note } : {}),
    ...(extra ? { detail: extra } : {}),
  };
}

export const missing = (unit, budget, note) => metric({ value: null, unit, budget, note });

/** A metric that does not apply to this build (e.g. no sync yet): listed, neither met nor missed. */
export const notApplicable = (unit, budget, note) => ({ ...missing(unit, budget, note), pass: null });
