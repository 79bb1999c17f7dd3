import { complaintStatus } from '../../crm/complaints';
import { COMPLAINT_STEPS, type ComplaintStep, STAGES, type Stage, TIERS, type Tier } from '../../crm/types';
import type { CrmDb } from '../open';
import { type ContactColumns, NONE, PROSPECT, RISKS, type Risk } from './columns';

export interface HistogramBin {
  from: number;
  /** null for the last, open-ended bin. */
  to: number | null;
  count: number;
}

export interface BookSummary {
  total: number;
  /** Contacts and their historical value per tier; "none" = not computed yet. */
  tiers: Record<Tier | 'none', { count: number; value: number }>;
  /** Contacts with no value yet: outside the pyramid. */
  prospects: number;
  stages: Record<Stage | 'none', number>;
  risks: Record<Risk | 'none', number>;
  clv: { bins: HistogramBin[]; withoutPrediction: number };
  /** Open complaints by the step they wait on, and how many of those are past its deadline. */
  complaints: Record<ComplaintStep, { open: number; overdue: number }>;
  /** The book's NPS, each contact's latest answer once; null nps with no answer. */
  nps: { nps: number | null; promoters: number; passives: number; detractors: number; contacts: number };
}

const zeroes = <K extends string, V>(keys: readonly K[], make: () => V) =>
  Object.fromEntries(keys.map((k) => [k, make()])) as Record<K, V>;

/** Counts for the overview charts, from the cached insights only: no history is read. */
export function summariseColumns(cols: ContactColumns): Omit<BookSummary, 'complaints' | 'nps'> {
  // Counted by code in flat arrays (the last slot is "none"): one tight pass over the columns.
  const tierCounts = new Float64Array(TIERS.length + 1);
  const tierValues = new Float64Array(TIERS.length + 1);
  const stageCounts = new Float64Array(STAGES.length + 1);
  const riskCounts = new Float64Array(RISKS.length + 1);
  const clvs = new Float64Array(cols.size);
  let predicted = 0;
  let prospects = 0;
  const slot = (code: number | undefined, n: number) => (code === undefined || code === NONE ? n : code);
  for (let i = 0; i < cols.size; i++) {
    if (cols.tiers[i] === PROSPECT) prospects++;
    else {
      const tier = slot(cols.tiers[i], TIERS.length);
      tierCounts[tier] = (tierCounts[tier] ?? 0) + 1;
      const value = cols.values[i] ?? Number.NaN;
      if (Number.isFinite(value)) tierValues[tier] = (tierValues[tier] ?? 0) + value;
    }
    const stage = slot(cols.stages[i], STAGES.length);
    stageCounts[stage] = (stageCounts[stage] ?? 0) + 1;
    const risk = slot(cols.risks[i], RISKS.length);
    riskCounts[risk] = (riskCounts[risk] ?? 0) + 1;
    const clv = cols.clvs[i] ?? Number.NaN;
    if (!Number.isNaN(clv)) clvs[predicted++] = clv;
  }
  const keyed = <K extends string, V>(keys: readonly K[], at: (k: number) => V) =>
    Object.fromEntries([...keys, 'none'].map((k, n) => [k, at(n)])) as Record<K | 'none', V>;
  return {
    total: cols.size,
    prospects,
    tiers: keyed(TIERS, (n) => ({ count: tierCounts[n] ?? 0, value: tierValues[n] ?? 0 })),
    stages: keyed(STAGES, (n) => stageCounts[n] ?? 0),
    risks: keyed(RISKS, (n) => riskCounts[n] ?? 0),
    clv: { bins: histogram(clvs.subarray(0, predicted)), withoutPrediction: cols.size - predicted },
  };
}

/** 1-2-5 steps (10, 20, 50, 100, …) read naturally as money. */
function niceEdges(max: number): number[] {
  const edges = [0];
  for (let decade = 1; edges.length < 40; decade *= 10) {
    for (const m of [1, 2, 5]) {
      const edge = m * decade;
      edges.push(edge);
      if (edge > max) return edges;
    }
  }
  return edges;
}

const MAX_BINS = 10;

/**
 * Value is heavily skewed (a few customers hold most of it), so bins widen geometrically; the
 * first bin starts at zero and swallows the thin low tail so at most MAX_BINS remain.
 */
export function histogram(values: ArrayLike<number>): HistogramBin[] {
  if (values.length === 0) return [];
  const sorted = Float64Array.from(values).sort();
  const max = sorted[sorted.length - 1] ?? 0;
  let edges = niceEdges(max);
  const low = sorted[Math.floor(sorted.length * 0.02)] ?? 0;
  while (edges.length > 3 && (edges[2] ?? 0) <= low) edges = [0, ...edges.slice(2)];
  while (edges.length - 1 > MAX_BINS) edges = [0, ...edges.slice(2)];
  const bins: HistogramBin[] = edges.slice(0, -1).map((from, k) => ({
    from,
    to: k === edges.length - 2 ? null : (edges[k + 1] ?? null),
    count: 0,
  }));
  let k = 0;
  for (const v of sorted) {
    while (k < bins.length - 1 && v >= (bins[k]?.to ?? Number.POSITIVE_INFINITY)) k++;
    const bin = bins[k];
    if (bin) bin.count++;
  }
  return bins;
}

/** Open complaints grouped by the step they wait on; the 'open' index holds only open ones. */
export async function complaintsByStep(db: CrmDb, now: number): Promise<BookSummary['complaints']> {
  const out = zeroes(COMPLAINT_STEPS, () => ({ open: 0, overdue: 0 }));
  for (const complaint of await db.getAllFromIndex('complaints', 'open')) {
    const status = complaintStatus(complaint.state, now);
    if (!status.currentStep) continue;
    out[status.currentStep].open++;
    if (status.overdueSteps.includes(status.currentStep)) out[status.currentStep].overdue++;
  }
  return out;
}

export interface Facet {
  name: string;
  count: number;
}

const FACETS_KEPT = 500;

/** The organisations and tags in the book, most common first: suggestions for the filters. */
export function facetsOf(cols: ContactColumns): { orgs: Facet[]; tags: Facet[] } {
  const orgs = new Map<string, number>();
  const tags = new Map<string, number>();
  for (let i = 0; i < cols.size; i++) {
    const org = cols.orgNames[i];
    if (org) orgs.set(org, (orgs.get(org) ?? 0) + 1);
    for (const tag of cols.tags[i] ?? []) tags.set(tag, (tags.get(tag) ?? 0) + 1);
  }
  const top = (m: Map<string, number>) =>
    [...m]
      .map(([name, count]) => ({ name, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
      .slice(0, FACETS_KEPT);
  return { orgs: top(orgs), tags: top(tags) };
}
