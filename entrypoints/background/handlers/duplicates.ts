import { contactCard } from '@/lib/db/contacts/cards';
import { findDuplicates, pairKey } from '@/lib/db/contacts/duplicates';
import { mergeContacts, undoMerge } from '@/lib/db/contacts/merge';
import { dismissPair, rememberMerge, takeMerge } from '@/lib/db/contacts/merge-undo';
import type { HandlersOf } from '@/lib/protocol';
import type { duplicateVerbs } from '@/lib/protocol/duplicates';
import { Refusal } from '@/lib/protocol/reasons';
import { dismissedDuplicatesItem, recentMergesItem } from '@/lib/settings';
import type { HandlerDeps } from './deps';
import { insightsUpdater } from './insights';

/** Contacts that are probably one person: suggested, dismissed, merged, and merges taken back. */
export function duplicateHandlers(deps: HandlerDeps): HandlersOf<typeof duplicateVerbs> {
  const { db, now } = deps;
  const { refresh } = insightsUpdater(deps);
  return {
    async 'duplicates.list'({ limit }) {
      const dismissed = new Set(await dismissedDuplicatesItem.getValue());
      return findDuplicates(await db(), dismissed, limit);
    },
    async 'duplicates.dismiss'({ a, b }) {
      await dismissPair(pairKey(a, b));
      return true;
    },
    async 'duplicates.merge'({ keepId, dropId }) {
      const d = await db();
      const undo = await mergeContacts(d, keepId, dropId, now());
      await rememberMerge(undo);
      await refresh([keepId]);
      return { undoId: undo.id, card: await contactCard(d, (await d.get('contacts', keepId)) ?? undo.keep) };
    },
    async 'duplicates.undoMerge'({ id }) {
      const undo = await takeMerge(id);
      if (!undo) throw new Refusal('merge-not-found');
      await undoMerge(await db(), undo, now());
      await refresh([undo.keep.id, undo.drop.id]);
      return { keepId: undo.keep.id, dropId: undo.drop.id };
    },
    async 'duplicates.recentMerges'() {
      const merges = await recentMergesItem.getValue();
      return merges.map((m) => ({
        id: m.id,
        at: m.at,
        keep: { id: m.keep.id, name: m.keep.name },
        drop: { id: m.drop.id, name: m.drop.name },
      }));
    },
  };
}
