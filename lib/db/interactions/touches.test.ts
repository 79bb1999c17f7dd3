import { describe, expect, it } from 'vitest';
import { seededRandom as random } from '../../../tests/kit/seeded-random';
import { digestOfTimes } from '../../crm/touch-digest';
import { digestOfTouches } from './touch-digest';
import {
  addTouch,
  type ContactTouches,
  foldTouches,
  noTouches,
  removeTouch,
  TOUCH_WINDOW,
  type TouchEntry,
} from './touches';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23);

/** What the rules see from the full list, and what they see from the aggregate alone. */
async function bothDigests(t: ContactTouches, all: readonly TouchEntry[], lastPurchase: number | null, now: number) {
  const inbound = all.filter(([, i]) => i === 1).map(([at]) => at);
  const outbound = all.filter(([, i]) => i === 0).map(([at]) => at);
  const expected = digestOfTimes(inbound, outbound, lastPurchase, now);
  const countBetween = async (from: number, to: number) => all.filter(([at]) => at > from && at <= to).length;
  const fromAggregate = await digestOfTouches(t, lastPurchase, now, countBetween);
  return { expected, fromAggregate };
}

describe('touch aggregates', () => {
  it('give the rules what the full list gives, through any adds and removes', async () => {
    let answered = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const next = random(seed);
      // Times on a coarse grid, so that equal times (and their ties at the window's edge) are common.
      const time = () => NOW - Math.floor(next() * 200) * (DAY / 4) + (next() < 0.05 ? 30 * DAY : 0);
      const all: TouchEntry[] = [];
      let t = noTouches('c');
      const removals = 0.2 + (seed % 5) * 0.08;
      // From a customer who rarely writes (a long chase) to one who writes half the time.
      const inboundShare = [0.02, 0.1, 0.45][seed % 3] ?? 0.45;
      for (let step = 0; step < 400; step++) {
        const removing = all.length > 0 && next() < removals;
        if (removing) {
          // Half of the removals take one of the newest entries back, as an undo does.
          if (next() < 0.5) all.sort((a, b) => a[0] - b[0]);
          const index = next() < 0.5 ? all.length - 1 - Math.floor(next() * 3) : Math.floor(next() * all.length);
          const [gone] = all.splice(Math.max(0, index), 1);
          if (gone && !removeTouch(t, gone)) t = foldTouches('c', [...all]);
        } else {
          const entry: TouchEntry = [next() < 0.01 ? Number.NaN : time(), next() < inboundShare ? 1 : 0];
          all.push(entry);
          addTouch(t, entry);
        }
        if (step % 7 !== 0) continue;
        expect(t.count + t.invalid).toBe(all.length);
        expect(t.newest.length).toBeLessThanOrEqual(TOUCH_WINDOW);
        for (const lastPurchase of [null, NOW - 5 * DAY, NOW - 60 * DAY]) {
          for (const now of [NOW, NOW - 2 * DAY, NOW + 40 * DAY]) {
            const { expected, fromAggregate } = await bothDigests(t, all, lastPurchase, now);
            if (fromAggregate === null) continue;
            answered++;
            expect(fromAggregate, `seed ${seed} step ${step}`).toEqual(expected);
          }
        }
      }
    }
    // The aggregate answers nearly always (it falls back only with many touches dated after now).
    expect(answered).toBeGreaterThan(60 * 58 * 9 * 0.8);
  });

  it('keep only the newest entries of a long history, and still count the unanswered chase', async () => {
    const entries: TouchEntry[] = [[NOW - 400 * DAY, 1]];
    for (let k = 0; k < 5_000; k++) entries.push([NOW - 300 * DAY + k * 3_600_000, 0]);
    const t = foldTouches('c', [...entries]);
    expect(t.newest).toHaveLength(TOUCH_WINDOW);
    const { expected, fromAggregate } = await bothDigests(t, entries, null, NOW);
    expect(fromAggregate).toEqual(expected);
    expect(expected.unansweredOutbound).toBe(5_000);
  });
});
