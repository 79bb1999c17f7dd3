import { dueFollowUps, type FollowUpContact } from '../../crm/cadence';
import { showsAsProspect, tierRank } from '../../crm/tiers';
import { DAY_MS, elapsedDays } from '../../crm/time';
import type { CadenceDays, Tier, WinBackStepCode } from '../../crm/types';
import type { Contact } from '../../schema/records';
import { eachContactPage } from '../in-pages';
import type { CrmDb } from '../open';

/** Someone to get back to: a planned next step, or a customer their tier's cadence says is due. */
export interface FollowUpItem {
  contactId: string;
  name: string;
  orgName?: string | undefined;
  /** The tier its cadence follows (C for a prospect). */
  tier: Tier;
  /** No value yet: shown as "Prospect", without a tier. */
  prospect?: true | undefined;
  kind: 'next-step' | 'cadence';
  due: number;
  overdueDays: number;
  /** The next step (kind "next-step"); `code` when it is a playbook step the page translates. */
  text?: string | undefined;
  code?: WinBackStepCode | undefined;
  /** The tier's cadence (kind "cadence"). */
  cadenceDays?: number | undefined;
  lastTouch?: number | undefined;
}

interface CadenceCandidate extends FollowUpContact {
  contact: Contact;
}

const KIND_RANK = { 'next-step': 0, cadence: 1 } as const;

/**
 * Planned next steps due within `withinDays`, and customers whose tier cadence is due (those without a planned
 * step; bad customers are let go). What is due already comes before what is coming; among those, planned steps
 * first, then the better tier, then the longest overdue.
 */
export async function dueFollowUpsFor(
  db: CrmDb,
  now: number,
  cadence: CadenceDays,
  options: { withinDays: number; limit: number },
): Promise<FollowUpItem[]> {
  const horizon = now + options.withinDays * DAY_MS;
  const isComing = (item: FollowUpItem) => (item.due > now ? 1 : 0);
  const order = (a: FollowUpItem, b: FollowUpItem) =>
    isComing(a) - isComing(b) ||
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    tierRank(a.tier) - tierRank(b.tier) ||
    a.due - b.due;
  // The first `limit` so far and each page's own: the same first `limit` as the whole book's.
  let first: FollowUpItem[] = [];
  await eachContactPage(db, (page) => {
    const planned: FollowUpItem[] = [];
    const candidates: CadenceCandidate[] = [];
    for (const contact of page) {
      const tier = contact.insights?.tier ?? 'C';
      const step = contact.nextStep;
      if (step) {
        if (step.due <= horizon) {
          planned.push({
            ...base(contact, tier),
            kind: 'next-step',
            due: step.due,
            overdueDays: step.due < now ? elapsedDays(step.due, now) : 0,
            text: step.text,
            code: step.code,
          });
        }
      } else if (!contact.bad) {
        candidates.push({ id: contact.id, tier, lastTouch: contact.insights?.lastTouch ?? null, contact });
      }
    }
    const byCadence = dueFollowUps(candidates, now, cadence, options.withinDays).map(
      (item): FollowUpItem => ({
        ...base(item.contact, item.tier),
        kind: 'cadence',
        due: item.due,
        overdueDays: item.overdueDays,
        cadenceDays: item.cadenceDays,
      }),
    );
    first = [...first, ...planned, ...byCadence].sort(order).slice(0, options.limit);
  });
  return first;
}

function base(contact: Contact, tier: Tier) {
  return {
    contactId: contact.id,
    name: contact.name,
    orgName: contact.orgName,
    tier,
    ...(showsAsProspect(contact.insights) ? { prospect: true as const } : {}),
    lastTouch: contact.insights?.lastTouch,
  };
}
