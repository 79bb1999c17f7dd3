import { COMPLAINT_ERROR_CODES } from './types';

/**
 * Why a CRM change was refused. The database throws them (lib/db/errors.ts)
 * and the contract lists them among its reasons (lib/protocol/reasons.ts); a refused change has written nothing.
 */
export const CRM_ERROR_CODES = [
  'contact-not-found',
  'organisation-not-found',
  'complaint-not-found',
  'not-a-member',
  'reason-required',
  'text-required',
  'feedback-scores-required',
  'feedback-score-out-of-range',
  'no-win-back-steps',
  'no-insights-yet',
  'invalid-tier-cuts',
  'invalid-cadence',
  'invalid-tier-weights',
  'customer-not-lost',
  ...COMPLAINT_ERROR_CODES,
] as const;
