import { contactDetail } from '@/lib/db/contacts/detail';
import {
  type ContactChange,
  setNextStep,
  setStageOverride,
  setTierOverride,
  updateContactFields,
} from '@/lib/db/contacts/edit';
import { CrmError } from '@/lib/db/errors';
import { organisationView, updateOrganisation } from '@/lib/db/organisations/organisations';
import type { VerbInput } from '@/lib/messaging/verbs';
import type { Contact } from '@/lib/schema/records';
import type { HandlerDeps } from './deps';
import { insightsUpdater } from './insights';

/** Re-arms the reminder after a next step changed; the change itself is saved whether or not that works. */
export function rearmReminders(deps: HandlerDeps): Promise<void> {
  return (deps.reminders?.rearm() ?? Promise.resolve()).catch((error: unknown) => console.error(error));
}

export function crmContactHandlers(deps: HandlerDeps) {
  const { db, now } = deps;
  const { refresh } = insightsUpdater(deps);
  /** The contact as saved, with insights refreshed when the change moves them. */
  const afterChange = async ({ after }: ContactChange, insightsMoved: boolean): Promise<Contact> => {
    if (!insightsMoved) return after;
    await refresh([after.id]);
    return (await (await db()).get('contacts', after.id)) ?? after;
  };
  return {
    async 'contact.detail'({ id }: VerbInput<'contact.detail'>) {
      return contactDetail(await db(), id, now());
    },
    async 'contact.update'({ id, patch }: VerbInput<'contact.update'>) {
      const change = await updateContactFields(await db(), id, patch, now());
      return afterChange(change, patch.bad !== undefined && patch.bad !== change.before.bad);
    },
    async 'contact.overrideTier'({ id, override }: VerbInput<'contact.overrideTier'>) {
      return afterChange(await setTierOverride(await db(), id, override, now()), true);
    },
    async 'contact.overrideStage'({ id, override }: VerbInput<'contact.overrideStage'>) {
      return afterChange(await setStageOverride(await db(), id, override, now()), true);
    },
    async 'contact.setNextStep'({ id, nextStep }: VerbInput<'contact.setNextStep'>) {
      const change = await setNextStep(await db(), id, nextStep, now());
      await rearmReminders(deps);
      return change.after;
    },
    async 'organisation.get'({ id }: VerbInput<'organisation.get'>) {
      const view = await organisationView(await db(), id);
      if (!view) throw new CrmError('organisation-not-found');
      return view;
    },
    async 'organisation.update'({ id, patch }: VerbInput<'organisation.update'>) {
      return updateOrganisation(await db(), id, patch, now());
    },
  };
}
