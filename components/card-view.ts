import type { AccountRole } from '@/lib/crm/contact-facts';
import { showsAsProspect } from '@/lib/crm/tiers';
import { REASON_CODES, type Reason, type ReasonCode, type Tier } from '@/lib/crm/types';
import type { Contact } from '@/lib/schema/records';

/** What the card may say is not known yet, in the order it says it. */
export const MISSING = ['insights', 'purchases', 'organisation', 'prediction', 'activity'] as const;
export type Missing = (typeof MISSING)[number];

export interface CardView {
  /** No value yet: shown as a prospect, never with a tier. */
  prospect: boolean;
  /** The tier to show; undefined for a prospect or before the first computation. */
  tier?: Tier;
  /** The tier is the account's (a person at an organisation that buys). */
  accountTier: boolean;
  role?: AccountRole;
  orgName?: string;
  /** Only finite figures: a figure that cannot be shown is left out, never NaN. */
  value?: number;
  clv?: number;
  pAlive?: number;
  valueAtStake?: number;
  /** The measured reasons (rhythm, orders, risk, how the value was found), each once, most telling first. */
  reasons: Reason[];
  missing: Missing[];
}

const REASONS_SHOWN = 5;
/** Reasons that only say something is missing: the "not known yet" line says that better. */
const SAID_AS_MISSING = new Set<string>(['p-alive-missing', 'no-history', 'no-purchase-yet', 'not-enough-data']);

const finite = (n: number | undefined): number | undefined => (n !== undefined && Number.isFinite(n) ? n : undefined);

/** The card's figures for one contact, whatever state its insights are in. */
export function cardView(contact: Pick<Contact, 'insights' | 'orgId' | 'orgName' | 'role'>): CardView {
  const x = contact.insights;
  const view: CardView = { prospect: false, accountTier: false, reasons: [], missing: [] };
  if (contact.role) view.role = contact.role;
  if (contact.orgName) view.orgName = contact.orgName;
  if (!contact.orgId && !contact.orgName) view.missing.push('organisation');
  if (!x) {
    view.missing.unshift('insights');
    return view;
  }
  view.prospect = showsAsProspect(x);
  if (!view.prospect) view.tier = x.tier;
  view.accountTier = !view.prospect && (x.valueReasons ?? []).some((r) => r.code === 'account-tier');
  const figures = { value: finite(x.value), clv: finite(x.clv), pAlive: finite(x.pAlive) };
  if (figures.value !== undefined && !(view.prospect && figures.value === 0)) view.value = figures.value;
  if (figures.clv !== undefined) view.clv = figures.clv;
  if (figures.pAlive !== undefined && figures.pAlive >= 0 && figures.pAlive <= 1) view.pAlive = figures.pAlive;
  const atStake = finite(x.valueAtStake);
  if (atStake !== undefined && atStake > 0) view.valueAtStake = atStake;

  const missing: Missing[] = [];
  if (x.prospect) missing.push('purchases');
  else if (view.pAlive === undefined && view.clv === undefined) missing.push('prediction');
  if (x.lastActivity === undefined) missing.push('activity');
  view.missing = MISSING.filter((m) => missing.includes(m) || view.missing.includes(m));

  const seen = new Set<string>();
  for (const r of [...x.stageReasons, ...x.riskReasons, ...(x.valueReasons ?? [])]) {
    const code = r.code;
    if (seen.has(code) || SAID_AS_MISSING.has(code) || !isReasonCode(code)) continue;
    seen.add(code);
    const params = Object.entries(r.params ?? {}).filter(([, v]) => Number.isFinite(v));
    // A reason whose figure is unreadable would print NaN: leave it out.
    if (params.length < Object.keys(r.params ?? {}).length) continue;
    view.reasons.push(params.length ? { code, params: Object.fromEntries(params) } : { code });
  }
  view.reasons = view.reasons.slice(0, REASONS_SHOWN);
  return view;
}

export const isReasonCode = (code: string): code is ReasonCode => (REASON_CODES as readonly string[]).includes(code);
