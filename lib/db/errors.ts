import { CRM_ERROR_CODES } from '../crm/refusals';

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
