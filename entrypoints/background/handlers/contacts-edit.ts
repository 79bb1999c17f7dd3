import { contactDetail } from '@/lib/db/contacts/detail';
import {
  type ContactChange,
  setNextStep,
  setOwner,
  setStageOverride,
  setTierOverride,
  updateContactFields,
} from '@/lib/db/contacts/edit';
import type { HandlersOf } from '@/lib/protocol';
import type { contactVerbs } from '@/lib/protocol/contacts';
import type { Contact } from '@/lib/schema/records';
import type { HandlerDeps } from './deps';
import { insightsUpdater } from './insights';

/** Re-arms the reminder after a next step changed; the change itself is saved whether or not that works. */
export function rearmReminders(deps: HandlerDeps): Promise<void> {
  return (deps.reminders?.rearm() ?? Promise.resolve()).catch((error: unknown) => console.error(error));
}

type EditVerb =
  | 'contacts.detail'
  | 'contacts.update'
  | 'contacts.overrideTier'
  | 'contacts.overrideStage'
  | 'contacts.setNextStep'
  | 'contacts.setOwner';

/** Reading one contact whole, and the changes the user makes to them. */
export function contactEditHandlers(deps: HandlerDeps): Pick<HandlersOf<typeof contactVerbs>, EditVerb> {
  const { db, now } = deps;
  const { refresh } = insightsUpdater(deps);
  /** The contact as saved, with insights refreshed when the change moves them. */
  const afterChange = async ({ after }: ContactChange, insightsMoved: boolean): Promise<Contact> => {
    if (!insightsMoved) return after;
    await refresh([after.id]);
    return (await (await db()).get('contacts', after.id)) ?? after;
  };
  return {
    async 'contacts.detail'({ id }) {
      return contactDetail(await db(), id, now());
    },
    async 'contacts.update'({ id, patch }) {
      const change = await updateContactFields(await db(), id, patch, now());
      return afterChange(change, patch.bad !== undefined && patch.bad !== change.before.bad);
    },
    async 'contacts.overrideTier'({ id, override }) {
      return afterChange(await setTierOverride(await db(), id, override, now()), true);
    },
    async 'contacts.overrideStage'({ id, override }) {
      return afterChange(await setStageOverride(await db(), id, override, now()), true);
    },
    async 'contacts.setOwner'({ id, owner }) {
      return (await setOwner(await db(), id, owner, now())).after;
    },
    async 'contacts.setNextStep'({ id, nextStep }) {
      const change = await setNextStep(await db(), id, nextStep, now());
      await rearmReminders(deps);
      return change.after;
    },
  };
}
