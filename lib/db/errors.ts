import { COMPLAINT_ERROR_CODES } from '../crm/types';

/**
 * Why a CRM change was refused. Thrown as the error message, so the router hands the code to the page,
 * which translates it; a refused change has written nothing.
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
  'customer-not-lost',
  ...COMPLAINT_ERROR_CODES,
] as const;
export type CrmErrorCode = (typeof CRM_ERROR_CODES)[number];

export class CrmError extends Error {
  constructor(readonly code: CrmErrorCode) {
    super(code);
    this.name = 'CrmError';
  }
}

export function isCrmErrorCode(code: string): code is CrmErrorCode {
  return (CRM_ERROR_CODES as readonly string[]).includes(code);
}
