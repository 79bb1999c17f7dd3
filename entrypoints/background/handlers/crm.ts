import { crmComplaintHandlers } from './crm-complaints';
import { crmContactHandlers } from './crm-contact';
import { crmRetentionHandlers } from './crm-retention';
import { crmSettingsHandlers, crmSettingsOf } from './crm-settings';
import type { HandlerDeps } from './deps';

/** The customer-relationship verbs (issue 5): editing, overrides, complaints, feedback, churn, follow-ups. */
export function crmHandlers(outside: HandlerDeps) {
  const deps: HandlerDeps = { ...outside, crmSettings: crmSettingsOf(outside) };
  return {
    ...crmContactHandlers(deps),
    ...crmComplaintHandlers(deps),
    ...crmRetentionHandlers(deps),
    ...crmSettingsHandlers(deps),
  };
}
