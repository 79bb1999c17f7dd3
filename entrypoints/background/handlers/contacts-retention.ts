import type { WinBackStepCode } from '@/lib/crm/types';
import { applyWinBackPlan, atRiskCustomers } from '@/lib/db/contacts/at-risk';
import { dueFollowUpsFor } from '@/lib/db/contacts/followups';
import { createI18n } from '@/lib/i18n';
import type { HandlersOf } from '@/lib/protocol';
import type { contactVerbs } from '@/lib/protocol/contacts';
import { rearmReminders } from './contacts-edit';
import type { HandlerDeps } from './deps';
import { crmSettingsOf } from './settings';

// The stored text is what pages that do not know step codes show; those that do translate the code.
const english = createI18n('en');

type RetentionVerb = 'contacts.atRisk' | 'contacts.applyWinBack' | 'contacts.followUps';

/** Who is slipping away, what to do about it, and who to get back to today. */
export function contactRetentionHandlers(deps: HandlerDeps): Pick<HandlersOf<typeof contactVerbs>, RetentionVerb> {
  const { db, now } = deps;
  const settings = crmSettingsOf(deps);
  return {
    async 'contacts.atRisk'({ limit, includeLow }) {
      return atRiskCustomers(await db(), now(), { limit, includeLow });
    },
    async 'contacts.applyWinBack'({ contactId }) {
      const describe = (code: WinBackStepCode) => english.t(`card.winBack.step.${code}`);
      const change = await applyWinBackPlan(await db(), contactId, now(), describe);
      await rearmReminders(deps);
      return { contact: change.after, previous: change.before.nextStep ?? null, plan: change.plan };
    },
    async 'contacts.followUps'({ withinDays, limit }) {
      const { cadence } = await settings.get();
      return dueFollowUpsFor(await db(), now(), cadence, { withinDays, limit });
    },
  };
}
