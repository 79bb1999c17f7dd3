import type { WinBackStepCode } from '@/lib/crm/types';
import { applyWinBackPlan, atRiskCustomers } from '@/lib/db/contacts/at-risk';
import { dueFollowUpsFor } from '@/lib/db/contacts/followups';
import { createI18n } from '@/lib/i18n';
import type { VerbInput } from '@/lib/messaging/verbs';
import { rearmReminders } from './crm-contact';
import { crmSettingsOf } from './crm-settings';
import type { HandlerDeps } from './deps';

// The stored text is what pages that do not know step codes show; those that do translate the code.
const english = createI18n('en');

/** Who is slipping away, what to do about it, and who to get back to today. */
export function crmRetentionHandlers(deps: HandlerDeps) {
  const { db, now } = deps;
  const settings = crmSettingsOf(deps);
  return {
    async 'atRisk.list'({ limit, includeLow }: VerbInput<'atRisk.list'>) {
      return atRiskCustomers(await db(), now(), { limit, includeLow });
    },
    async 'winBack.apply'({ contactId }: VerbInput<'winBack.apply'>) {
      const describe = (code: WinBackStepCode) => english.t(`crm.winBack.step.${code}`);
      const change = await applyWinBackPlan(await db(), contactId, now(), describe);
      await rearmReminders(deps);
      return { contact: change.after, previous: change.before.nextStep ?? null, plan: change.plan };
    },
    async 'followups.due'({ withinDays, limit }: VerbInput<'followups.due'>) {
      const { cadence } = await settings.get();
      return dueFollowUpsFor(await db(), now(), cadence, { withinDays, limit });
    },
  };
}
