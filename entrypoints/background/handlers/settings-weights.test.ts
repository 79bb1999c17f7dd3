import { beforeEach, describe, expect, it } from 'vitest';
import { DAY, handlerTestKit, NOW } from '@/tests/kit/handlers';

let kit: Awaited<ReturnType<typeof handlerTestKit>>;
beforeEach(async () => {
  kit = await handlerTestKit();
});

/**
 * Ten steady customers who order every month, and one who placed a single large order ten months ago:
 * the largest margin of the last 12 months, but little to expect from the next.
 */
async function book() {
  for (let n = 0; n < 10; n++) {
    await kit.addContact(`steady${n}`);
    for (let month = 0; month < 24; month++)
      await kit.addPurchase(`steady${n}`, NOW - (month * 30 + 5) * DAY, 100 + 10 * n);
  }
  await kit.addContact('oneoff');
  await kit.addPurchase('oneoff', NOW - 300 * DAY, 6_000);
}

const tierOf = async (id: string) => (await kit.db.get('contacts', id))?.insights?.tier;

describe('what tiers rank on', () => {
  it('defaults to current and future value alike, stored with the other settings', async () => {
    expect((await kit.handlers['settings.get']({})).tierValue).toEqual({ current: 1, future: 1 });
  });

  it('re-ranks every customer when the weights change', async () => {
    await book();
    const settings = await kit.handlers['settings.get']({});
    await kit.handlers['settings.set']({ ...settings, tierValue: { current: 1, future: 0 } });
    expect(await tierOf('oneoff')).toBe('S');
    await kit.handlers['settings.set']({ ...settings, tierValue: { current: 0, future: 1 } });
    expect(await tierOf('oneoff')).not.toBe('S');
    expect(await tierOf('steady9')).toBe('S');
    // A full recompute keeps ranking on the saved weights.
    await kit.handlers['workspace.recomputeInsights']({});
    expect(await tierOf('steady9')).toBe('S');
  });

  it('refuses weights that leave nothing to rank on, and keeps the old ones', async () => {
    const before = await kit.handlers['settings.get']({});
    await expect(kit.handlers['settings.set']({ ...before, tierValue: { current: 0, future: 0 } })).rejects.toThrow(
      'invalid-tier-weights',
    );
    expect(await kit.handlers['settings.get']({})).toEqual(before);
  });
});
