import { describe, expect, it } from 'vitest';
import { COMPLAINT_ERROR_CODES, CRM_CODES, REASON_CODES, WIN_BACK_STEP_CODES } from './types';

describe('code lists', () => {
  it('are unique, so one translation table can hold them all', () => {
    expect(new Set(CRM_CODES).size).toBe(CRM_CODES.length);
    expect(CRM_CODES.length).toBe(REASON_CODES.length + WIN_BACK_STEP_CODES.length + COMPLAINT_ERROR_CODES.length);
  });

  it('are kebab-case identifiers, not sentences', () => {
    for (const code of CRM_CODES) expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});
