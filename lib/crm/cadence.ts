/**
 * Service level per tier: how often a customer should hear from us. Key customers get the closest attention.
 */
import { tierRank } from './tiers';
import { DAY_MS, isFiniteNumber } from './time';
import type { CadenceDays, Tier } from './types';

export const DEFAULT_CADENCE_DAYS: Readonly<CadenceDays> = Object.freeze({ S: 7, A: 14, B: 30, C: 90 });

export interface FollowUp {
  /** When the next follow-up is due (epoch ms). */
  due: number;
  /** Whole days past `due`; 0 when not yet due. */
  overdueDays: number;
  cadenceDays: number;
}

/** The configured cadence for a tier; a missing, zero, negative or NaN entry falls back to the default. */
export function cadenceDaysFor(tier: Tier, cadence: Partial<CadenceDays> = DEFAULT_CADENCE_DAYS): number {
  const days = cadence[tier];
  return isFiniteNumber(days) && days > 0 ? days : DEFAULT_CADENCE_DAYS[tier];
}

/**
 * Next follow-up after the last touch. Never touched → due now. A last touch recorded in the future
 * (clock skew, typo) counts as a touch now rather than pushing the follow-up further out.
 */
export function nextFollowUp(
  lastTouch: number | null,
  tier: Tier,
  now: number,
  cadence: Partial<CadenceDays> = DEFAULT_CADENCE_DAYS,
): FollowUp {
  const cadenceDays = cadenceDaysFor(tier, cadence);
  if (lastTouch === null || !isFiniteNumber(lastTouch)) return { due: now, overdueDays: 0, cadenceDays };
  const due = Math.min(lastTouch, now) + cadenceDays * DAY_MS;
  const overdueDays = Math.max(0, Math.floor((now - due) / DAY_MS));
  return { due, overdueDays, cadenceDays };
}

export interface FollowUpContact {
  id: string;
  tier: Tier;
  lastTouch: number | null;
}

export type DueFollowUp<C extends FollowUpContact = FollowUpContact> = C & FollowUp;

/**
 * Contacts whose follow-up is due by `now` (+ `withinDays` to look ahead), most overdue first;
 * ties go to the better tier, then by id.
 */
export function dueFollowUps<C extends FollowUpContact>(
  contacts: readonly C[],
  now: number,
  cadence: Partial<CadenceDays> = DEFAULT_CADENCE_DAYS,
  withinDays = 0,
): DueFollowUp<C>[] {
  const horizon = now + (isFiniteNumber(withinDays) && withinDays > 0 ? withinDays : 0) * DAY_MS;
  return contacts
    .map((contact) => ({ ...contact, ...nextFollowUp(contact.lastTouch, contact.tier, now, cadence) }))
    .filter((item) => item.due <= horizon)
    .sort((a, b) => a.due - b.due || tierRank(a.tier) - tierRank(b.tier) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
