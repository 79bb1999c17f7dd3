/**
 * Shared CRM domain types. Plain data only: everything here can be stored in IndexedDB and sent between
 * extension contexts. Anything the user reads as an explanation is a code (+ numeric params) that the UI
 * translates; the code lists are exported as consts so translation tables can be type-checked.
 */

/** Value-pyramid tiers, best first: S = top 5 %, A = next 15 % (key customers), B = next 30 % (normal), C = rest (small). */
export const TIERS = ['S', 'A', 'B', 'C'] as const;
export type Tier = (typeof TIERS)[number];
export type TierGroup = 'key' | 'normal' | 'small';

/** Cumulative shares of customers (ranked by value) that end each tier: S ends at 5 %, A at 20 %, B at 50 %. */
export interface TierCuts {
  S: number;
  A: number;
  B: number;
}

export type CadenceDays = Record<Tier, number>;

export interface TierOverride {
  tier: Tier;
  reason: string;
}

/**
 * Relationship lifecycle: 考察期 → 形成期 → 稳定期 → 退化期, then 关系解散 (lost: stopped buying) and back
 * (reactivated: a lost customer bought again).
 */
export const STAGES = ['exploration', 'formation', 'stability', 'decline', 'lost', 'reactivated'] as const;
export type Stage = (typeof STAGES)[number];

export interface StageOverride {
  stage: Stage;
  reason: string;
}

export const CUSTOMER_TYPES = ['consumer', 'intermediary', 'institutional'] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

export const DIRECTNESS = ['direct', 'indirect'] as const;
export type Directness = (typeof DIRECTNESS)[number];

export const ORG_SIZES = ['solo', 'small', 'medium', 'large', 'enterprise'] as const;
export type OrgSize = (typeof ORG_SIZES)[number];

/** Features compared when asking whether a prospect looks like our loyal customers. */
export const FEATURE_NAMES = ['customerType', 'directness', 'industry', 'orgSize', 'channel', 'region'] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** What we know about a customer or prospect; free-text values are compared trimmed and case-insensitively. */
export interface CustomerFeatures {
  customerType?: CustomerType | null;
  directness?: Directness | null;
  industry?: string | null;
  orgSize?: OrgSize | null;
  /** Where they came from: referral, trade show, website, LinkedIn… */
  channel?: string | null;
  region?: string | null;
}

export type RiskLevel = 'low' | 'medium' | 'high';
export type WinBackStrategy = 'must-win-back' | 'try-hard' | 'when-cheap' | 'let-go';

export const COMPLAINT_STEPS = ['acknowledge', 'investigate', 'resolve', 'follow-up'] as const;
export type ComplaintStep = (typeof COMPLAINT_STEPS)[number];
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const COMPLAINT_OUTCOMES = ['resolved', 'compensated', 'rejected', 'withdrawn'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];
export type ComplaintOverall = 'open' | 'overdue' | 'closed';
export type LoyaltyEffect = 'positive' | 'neutral' | 'negative';

export type SatisfactionLevel = 'delighted' | 'satisfied' | 'dissatisfied';
export type RecommendationClass = 'promoter' | 'passive' | 'detractor';

/** Codes for the explanations (reasons) the CRM functions return. */
export const REASON_CODES = [
  // data quality (any module)
  'not-enough-data',
  'invalid-events-ignored',
  'invalid-amounts-ignored',
  'future-events-ignored',
  'invalid-scores-ignored',
  'manual-override',
  // lifecycle
  'no-history',
  'no-purchase-yet',
  'short-tenure',
  'few-purchases',
  'regular-purchases',
  'frequency-rising',
  'frequency-steady',
  'frequency-falling',
  'value-rising',
  'value-steady',
  'value-falling',
  // lifecycle, measured on won deals (orders) only
  'purchase-rhythm',
  'orders-rising',
  'orders-steady',
  'orders-falling',
  'spend-rising',
  'spend-steady',
  'spend-falling',
  'stopped-buying',
  'bought-again-after-gap',
  'late-order-tolerated',
  'account-orders-counted',
  'one-purchase-only',
  // lifecycle + churn: recency against the customer's own rhythm
  'within-rhythm',
  'silence-longer-than-usual',
  'silence-exceeds-rhythm',
  'long-silence-no-rhythm',
  'rhythm-unknown',
  // churn
  'low-p-alive',
  'p-alive-missing',
  'invalid-p-alive',
  'key-customer-watched-closely',
  'unanswered-follow-ups',
  'volume-falling-risk',
  'customer-lost',
  'complaint-overdue-risk',
  'complaint-open-risk',
  'complaint-resolved-well',
  'detractor-score',
  // value and tier
  'prospect-no-tier',
  'account-tier',
  'value-by-bgnbd',
  'value-by-rfm',
  'value-by-history',
  // complaints → loyalty
  'complaint-still-open',
  'complaint-withdrawn',
  'complaint-rejected',
  'handled-within-sla',
  'sla-missed',
  'customer-satisfied',
  'customer-dissatisfied',
  'satisfaction-unknown',
  // satisfaction / loyalty
  'invalid-score',
  'invalid-share-of-wallet',
  // lookalike
  'no-loyal-customers',
  'few-loyal-customers',
  'no-prospect-features',
  'missing-features',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** An explanation for the UI to translate; params are always finite numbers. */
export interface Reason {
  code: ReasonCode;
  params?: Record<string, number>;
}

/** Concrete next steps of a win-back plan. */
export const WIN_BACK_STEP_CODES = [
  'personal-call',
  'visit-or-meeting',
  'tailored-offer',
  'check-back',
  'call-or-email',
  'offer',
  'automated-email',
] as const;
export type WinBackStepCode = (typeof WIN_BACK_STEP_CODES)[number];

/** Why a complaint could not be opened, advanced or closed. */
export const COMPLAINT_ERROR_CODES = [
  'invalid-time',
  'before-received',
  'before-previous-step',
  'step-out-of-order',
  'step-already-done',
  'steps-incomplete',
  'complaint-closed',
] as const;
export type ComplaintErrorCode = (typeof COMPLAINT_ERROR_CODES)[number];

/** Every code the UI must translate (English and Simplified Chinese). */
export const CRM_CODES = [...REASON_CODES, ...WIN_BACK_STEP_CODES, ...COMPLAINT_ERROR_CODES] as const;
export type CrmCode = (typeof CRM_CODES)[number];

/** Reasons read back from storage, keeping only codes this version knows. */
export function knownReasons(
  reasons: readonly { code: string; params?: Record<string, number> | undefined }[],
): Reason[] {
  return reasons.flatMap((reason) => {
    const code = REASON_CODES.find((known) => known === reason.code);
    if (!code) return [];
    return [reason.params ? { code, params: reason.params } : { code }];
  });
}
