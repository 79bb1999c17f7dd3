import { COMPLAINT_ERROR_CODES } from '../crm/types';
import { IMPORT_ERROR_CODES } from '../io/errors';

/** Refused changes to contacts, organisations, complaints, feedback and settings (texts: crm.error.*). */
export const CRM_REASONS = [
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

/** Import and restore jobs (texts: io.error.*); a cancelled job is a reason too, shown as no error. */
export const JOB_REASONS = ['import-not-found', 'restore-incomplete', 'restore-invalid', 'import-cancelled'] as const;

/** Linking and merging people (texts: sites.error.*). */
export const IDENTITY_REASONS = [
  'identity-taken',
  'profile-differs',
  'merge-not-found',
  'merge-already-undone',
] as const;

export const REASONS = [...CRM_REASONS, ...JOB_REASONS, ...IDENTITY_REASONS, ...IMPORT_ERROR_CODES] as const;

/** Why the background refused a request, as a stable code the page translates. */
export type Reason = (typeof REASONS)[number];

export function isReason(value: unknown): value is Reason {
  return typeof value === 'string' && (REASONS as readonly string[]).includes(value);
}

/** Thrown by a handler to refuse a request for a reason the page can put in the user's words. */
export class Refusal extends Error {
  constructor(
    readonly reason: Reason,
    message: string = reason,
  ) {
    super(message);
    this.name = 'Refusal';
  }
}
