import { describe, expect, it, vi } from 'vitest';
import type { ValueModel } from '@/lib/crm/insights';
import type { HandlerDeps } from './deps';
import { insightsUpdater } from './insights';

const fits = vi.hoisted(() => ({ started: [] as { cuts: unknown; finish: () => void }[] }));
vi.mock('@/lib/db/contacts/insights', () => ({
  refreshInsights: async () => undefined,
  recomputeAll: (_db: unknown, _now: number, ranking: { cuts?: unknown }) =>
    new Promise((resolve) => {
      fits.started.push({ cuts: ranking.cuts, finish: () => resolve({ fittedAt: fits.started.length }) });
    }),
}));

/** The deps of one background, with the tier cuts the settings hold now. */
function deps(cuts: { now: string }): HandlerDeps {
  return {
    db: async () => ({}),
    now: () => 0,
    valueModel: { get: async () => null, set: async () => undefined },
    crmSettings: { get: async () => ({ cuts: cuts.now }), set: async () => undefined },
  } as unknown as HandlerDeps;
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('refits of one book', () => {
  it('run one at a time: those asked for meanwhile share one more run, with the settings as they are then', async () => {
    const cuts = { now: 'old cuts' };
    const base = deps(cuts);
    // Two handler groups of the same background (an import's refit, the settings' one): the same book.
    const imports = insightsUpdater(base);
    const settings = insightsUpdater({ ...base, crmSettings: { ...base.crmSettings } } as HandlerDeps);
    const first = imports.recompute();
    await settled();
    cuts.now = 'new cuts';
    const second = [settings.recompute(), imports.recompute(), settings.recompute()];
    await settled();
    expect(fits.started.map((f) => f.cuts)).toEqual(['old cuts']);
    fits.started[0]?.finish();
    const model = (await first) as ValueModel & { fittedAt: number };
    await settled();
    expect(fits.started.map((f) => f.cuts)).toEqual(['old cuts', 'new cuts']);
    fits.started[1]?.finish();
    const models = await Promise.all(second);
    expect(new Set(models).size).toBe(1);
    expect(models[0]).not.toBe(model);
    // Nothing runs now: the next one asked for starts at once.
    void imports.recompute();
    await settled();
    expect(fits.started).toHaveLength(3);
  });
});
