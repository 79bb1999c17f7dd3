// A simulated book of customers whose behaviour is known, to check the insight rules against the truth.
import type { CustomerHistory, Purchase } from '../../lib/crm/insights';
import { gamma, seededRandom } from '../../lib/demo/random';

export const SIMULATED_CLASSES = [
  'steady',
  'new',
  'growing',
  'declining',
  'lapsed',
  'lapsed-chased',
  'prospect',
] as const;
export type SimulatedClass = (typeof SIMULATED_CLASSES)[number];

export interface SimulatedCustomer {
  truth: SimulatedClass;
  history: CustomerHistory;
}

const DAY = 86_400_000;

/**
 * Orders between `fromDay` and `toDay` days ago, `gapDays` apart on average (±25 %), the first at a random
 * point of the first gap so a book does not start in step.
 */
function orderDays(random: () => number, fromDay: number, toDay: number, gapDays: number): number[] {
  const days: number[] = [];
  let day = fromDay - random() * gapDays;
  while (day > toDay) {
    days.push(day);
    day -= gapDays * (0.75 + 0.5 * random());
  }
  return days;
}

/**
 * The rep's mail around each order (one to three outbound emails, the customer answering half the time),
 * plus, when `chasedFromDay` is given, a follow-up every 10–20 days from then on that nobody answers.
 */
function mailAround(
  random: () => number,
  now: number,
  orderDaysAgo: readonly number[],
  chasedFromDay: number | null,
): { touches: number[]; inbound: number[] } {
  const touches: number[] = [];
  const inbound: number[] = [];
  for (const day of orderDaysAgo) {
    const emails = 1 + Math.floor(random() * 3);
    for (let k = 0; k < emails; k++) {
      const at = now - (day - 5 + random() * 8) * DAY;
      if (at <= now) touches.push(Math.round(at));
    }
    if (random() < 0.5) {
      const at = Math.round(now - (day + 1 + random() * 3) * DAY);
      touches.push(at);
      inbound.push(at);
    }
  }
  if (chasedFromDay !== null) {
    for (let day = chasedFromDay; day > 1; day -= 10 + random() * 10) touches.push(Math.round(now - day * DAY));
  }
  return { touches, inbound };
}

function purchasesOn(random: () => number, now: number, days: readonly number[], meanAmount: number): Purchase[] {
  return days.map((day) => {
    const amount = Math.round(gamma(random, 4, meanAmount / 4));
    return { at: Math.round(now - day * DAY), amount, cost: Math.round(amount * 0.6) };
  });
}

/**
 * `perClass` customers of each class, as of `now`:
 * steady      orders every 14–75 days for 2–4 years, up to today
 * new         first order 10–80 days ago, one to three orders
 * growing     a year or two of orders, the last 12 months two to three times as often as before
 * declining   2–3 years every 15–40 days, the last 12 months a third to a half as often, still ordering
 * lapsed      one to three years of orders, then nothing for the last 150–600 days
 * lapsed-chased  the same, with the rep chasing by email every 10–20 days since, unanswered
 * prospect    no order; a few emails, some answered
 */
export function simulatedBook(opts: { perClass: number; now: number; seed: number }): SimulatedCustomer[] {
  const random = seededRandom(opts.seed);
  const { now } = opts;
  const book: SimulatedCustomer[] = [];
  const between = (min: number, max: number) => min + (max - min) * random();

  for (const truth of SIMULATED_CLASSES) {
    for (let n = 0; n < opts.perClass; n++) {
      const id = `${truth}-${n}`;
      const mean = between(200, 3000);
      let days: number[] = [];
      let chasedFrom: number | null = null;
      if (truth === 'steady') days = orderDays(random, between(730, 1460), 0, between(14, 75));
      else if (truth === 'new') days = orderDays(random, between(10, 80), 0, between(20, 40)).slice(0, 3);
      else if (truth === 'growing') {
        const gap = between(45, 90);
        days = [...orderDays(random, between(450, 730), 365, gap), ...orderDays(random, 365, 0, gap / between(2, 3))];
      } else if (truth === 'declining') {
        const gap = between(15, 40);
        const slower = gap * between(2, 3);
        const recent = orderDays(random, 365, 0, slower);
        // still ordering: the last order within the slower rhythm
        if ((recent[recent.length - 1] ?? 365) > slower) recent.push(between(1, slower));
        days = [...orderDays(random, between(730, 1095), 365, gap), ...recent];
      } else if (truth === 'lapsed' || truth === 'lapsed-chased') {
        const stoppedAt = between(150, 600);
        days = orderDays(random, stoppedAt + between(365, 1095), stoppedAt, between(14, 75));
        if (truth === 'lapsed-chased') chasedFrom = Math.min(stoppedAt - 20, between(90, 200));
      }
      const purchases = purchasesOn(random, now, days, mean);
      const mail =
        truth === 'prospect'
          ? mailAround(random, now, [between(5, 200), between(5, 200)], null)
          : mailAround(random, now, days, chasedFrom);
      book.push({ truth, history: { id, purchases, touches: mail.touches, inbound: mail.inbound, bad: false } });
    }
  }
  return book;
}
