import {
  type AtRiskCandidate,
  type AtRiskEntry,
  atRiskList,
  type ChurnRisk,
  churnRisk,
  type WinBackPlan,
  winBackPlan,
} from '../../crm/churn';
import { elapsedDays } from '../../crm/time';
import { knownReasons, type WinBackStepCode } from '../../crm/types';
import type { Contact } from '../../schema/records';
import { CrmError } from '../errors';
import { eachContactPage } from '../in-pages';
import type { CrmDb } from '../open';
import { type ContactChange, setNextStep } from './edit';

interface Candidate extends AtRiskCandidate {
  name: string;
  orgName?: string | undefined;
  historicalValue: number;
  clv?: number | undefined;
}

/** One row of the at-risk list: who, how much is at stake, how quiet they went, and what to do. */
export interface AtRiskItem {
  id: string;
  name: string;
  orgName?: string | undefined;
  tier: Candidate['tier'];
  /** Historical value. */
  value: number;
  /** What is lost if the customer goes (margin per year while buying): what orders the list. */
  valueAtStake: number;
  clv?: number | undefined;
  pAlive?: number | undefined;
  lastTouch: number | null;
  silenceDays: number | null;
  rhythmDays: number | null;
  risk: ChurnRisk;
  priority: number;
  plan: WinBackPlan;
}

function candidateOf(contact: Contact): Candidate | null {
  const insights = contact.insights;
  if (!insights) return null;
  return {
    id: contact.id,
    name: contact.name,
    orgName: contact.orgName,
    tier: insights.tier,
    // What is at stake: margin per year while buying (older insights: predicted value, else the past).
    value: insights.valueAtStake ?? insights.clv ?? insights.value,
    historicalValue: insights.value,
    clv: insights.clv,
    bad: contact.bad || insights.prospect === true,
    pAlive: insights.pAlive ?? null,
    // Silence runs from the last purchase or inbound message, never from the rep's own mail.
    lastEventAt: insights.lastActivity ?? (insights.riskScore === undefined ? (insights.lastTouch ?? null) : null),
    rhythmDays: insights.rhythmDays ?? null,
    risk:
      insights.riskScore !== undefined && insights.risk
        ? { level: insights.risk, score: insights.riskScore, reasons: knownReasons(insights.riskReasons) }
        : undefined,
  };
}

/** Customers at medium or high churn risk, who to call first first, each with the win-back plan of its tier. */
export async function atRiskCustomers(
  db: CrmDb,
  now: number,
  options: { limit: number; includeLow?: boolean | undefined },
): Promise<AtRiskItem[]> {
  const includeLow = options.includeLow ?? false;
  // The first `limit` of the list so far and each page's candidates: the same first `limit` as the whole book's.
  let first: AtRiskEntry<Candidate>[] = [];
  await eachContactPage(db, (page) => {
    const candidates = [...first, ...page.flatMap((c) => candidateOf(c) ?? [])];
    first = atRiskList(candidates, now, { includeLow }).slice(0, options.limit);
  });
  return first.map((entry) => ({
    id: entry.id,
    name: entry.name,
    orgName: entry.orgName,
    tier: entry.tier,
    value: entry.historicalValue,
    valueAtStake: Number.isFinite(entry.value) ? Math.max(0, entry.value) : 0,
    clv: entry.clv,
    pAlive: entry.pAlive ?? undefined,
    lastTouch: entry.lastEventAt,
    silenceDays: entry.silenceDays,
    rhythmDays: entry.rhythmDays,
    risk: entry.risk,
    priority: entry.priority,
    plan: winBackPlan(entry.tier, entry.bad ?? false, entry.risk, now),
  }));
}

/** The contact's churn risk and win-back plan today; null before any insights were computed. */
export function winBackFor(contact: Contact, now: number): { risk: ChurnRisk; plan: WinBackPlan } | null {
  const c = candidateOf(contact);
  if (!c) return null;
  // The stored risk is the one complaints, scores and lost/decline went into: show that one.
  const risk =
    c.risk ??
    churnRisk({
      pAlive: c.pAlive,
      silenceDays: c.lastEventAt === null ? null : elapsedDays(c.lastEventAt, now),
      rhythmDays: c.rhythmDays,
      tier: c.tier,
    });
  return { risk, plan: winBackPlan(c.tier, contact.bad, risk, now) };
}

/** Makes the plan's first step the contact's next step (its code is stored so each page can translate it). */
export async function applyWinBackPlan(
  db: CrmDb,
  id: string,
  now: number,
  describe: (code: WinBackStepCode) => string,
): Promise<ContactChange & { plan: WinBackPlan }> {
  const contact = await db.get('contacts', id);
  if (!contact) throw new CrmError('contact-not-found');
  const found = winBackFor(contact, now);
  if (!found) throw new CrmError('no-insights-yet');
  const first = found.plan.steps[0];
  if (!first) throw new CrmError('no-win-back-steps');
  const change = await setNextStep(db, id, { code: first.code, text: describe(first.code), due: first.dueAt }, now);
  return { ...change, plan: found.plan };
}
