/**
 * What the rep records about a customer beyond their history: their role at the account, how they
 * came to us, and, once they are lost, why and how the win-back ended.
 */

/** A person's part in the account's buying (the buying centre). */
export const ACCOUNT_ROLES = ['decision-maker', 'buyer', 'user', 'influencer', 'gatekeeper', 'other'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** How the customer came to us: the look-alike's channel. */
export const ACQUISITION_SOURCES = ['referral', 'event', 'inbound', 'outbound', 'partner', 'other'] as const;
export type AcquisitionSource = (typeof ACQUISITION_SOURCES)[number];

/** Why a customer left: on our side (we can fix it) or theirs (mostly we cannot). */
export const LOSS_CAUSES = {
  company: ['quality', 'price', 'service', 'delivery', 'rep-left', 'company-other'],
  customer: ['moved', 'no-longer-needs', 'went-to-competitor', 'budget-cut', 'business-closed', 'customer-other'],
} as const;
export type LossSide = keyof typeof LOSS_CAUSES;
export type LossCause = (typeof LOSS_CAUSES)[LossSide][number];
export const ALL_LOSS_CAUSES = [...LOSS_CAUSES.company, ...LOSS_CAUSES.customer] as const;

export function lossSideOf(cause: LossCause): LossSide {
  return (LOSS_CAUSES.company as readonly string[]).includes(cause) ? 'company' : 'customer';
}

/** How a win-back ended. */
export const WIN_BACK_RESULTS = ['won-back', 'lost-for-good', 'let-go'] as const;
export type WinBackResult = (typeof WIN_BACK_RESULTS)[number];
