/**
 * How each demo customer behaves: the kinds of customer a real book holds, and the days (before `now`) on
 * which each kind orders. Rhythms and amounts are drawn the way the BG/NBD and Gamma-Gamma models assume
 * (gamma-distributed), so value, tier and lifecycle have something real to find.
 */
import { gamma } from './random';

export const DEMO_BEHAVIOURS = [
  'steady',
  'new',
  'growing',
  'declining',
  'lapsed',
  'reactivated',
  'prospect',
  'indirect',
  'public-interest',
] as const;
export type DemoBehaviour = (typeof DEMO_BEHAVIOURS)[number];

/** Shares of the book, in the order above (public-interest bodies are set by their organisation). */
const SHARES: readonly [DemoBehaviour, number][] = [
  ['steady', 0.36],
  ['new', 0.08],
  ['growing', 0.1],
  ['declining', 0.09],
  ['lapsed', 0.12],
  ['reactivated', 0.04],
  ['prospect', 0.17],
  ['indirect', 0.04],
];

export function drawBehaviour(random: () => number): DemoBehaviour {
  let u = random();
  for (const [behaviour, share] of SHARES) {
    u -= share;
    if (u < 0) return behaviour;
  }
  return 'steady';
}

/** Orders from `fromDay` down to `toDay` days ago, `gapDays` apart on average (gamma, shape 4: fairly regular). */
function orderDays(random: () => number, fromDay: number, toDay: number, gapDays: number): number[] {
  const days: number[] = [];
  let day = fromDay - random() * gapDays;
  while (day > toDay) {
    days.push(Math.round(day));
    day -= Math.max(1, gamma(random, 4, gapDays / 4));
  }
  return days;
}

/** Days ago of each order of a customer of this kind; empty for those who do not buy from us. */
export function orderSchedule(random: () => number, behaviour: DemoBehaviour, historyDays: number): number[] {
  const gap = 20 + gamma(random, 2, 25);
  const start = Math.round(historyDays * (0.6 + 0.4 * random()));
  switch (behaviour) {
    case 'steady':
      return orderDays(random, start, 0, gap);
    case 'new':
      return orderDays(random, 15 + random() * 60, 0, 25).slice(0, 3);
    case 'growing':
      return [...orderDays(random, start, 365, gap * 1.5), ...orderDays(random, 365, 0, gap / 2)];
    case 'declining': {
      const slow = gap * (2.2 + random());
      const recent = orderDays(random, 365, 0, slow);
      if ((recent[recent.length - 1] ?? 365) > slow) recent.push(Math.round(1 + random() * slow * 0.8));
      return [...orderDays(random, Math.max(start, 560), 365, gap), ...recent];
    }
    case 'lapsed': {
      const stopped = 150 + random() * 300;
      return orderDays(random, Math.max(start, stopped + 200), stopped, gap);
    }
    case 'reactivated': {
      const back = 10 + random() * 40;
      return [...orderDays(random, Math.max(start, 600), 400, Math.min(gap, 60)), Math.round(back)];
    }
    default:
      return [];
  }
}
