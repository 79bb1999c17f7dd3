import { type ContactCard, contactCard } from '@/lib/db/cards';
import { contactsByEmail, createContact, searchContacts } from '@/lib/db/contacts';
import { logThread, undoLog } from '@/lib/db/interactions';
import { addNote, deleteNote, notesOf } from '@/lib/db/notes';
import type { CrmDb } from '@/lib/db/open';
import { recomputeAll, refreshInsights } from '@/lib/db/insights';
import { workspaceStats } from '@/lib/db/stats';
import { seedDemoWorkspace } from '@/lib/demo/seed';
import type { ValueModel } from '@/lib/crm/insights';
import type { VerbInput } from '@/lib/messaging/verbs';

export interface HandlerDeps {
  db: () => Promise<CrmDb>;
  now: () => number;
  ownAddresses: () => Promise<string[]>;
  valueModel: { get(): Promise<ValueModel | null>; set(model: ValueModel): Promise<void> };
}

/** The background's answers, one per verb. Inputs arrive already parsed by the router. */
export function createHandlers({ db, now, ownAddresses, valueModel }: HandlerDeps) {
  const recompute = async () => {
    const model = await recomputeAll(await db(), now());
    await valueModel.set(model);
    return model;
  };
  const refresh = async (ids: string[]) => {
    const model = await valueModel.get();
    if (model) await refreshInsights(await db(), ids, now(), model);
    else await recompute();
  };
  return {
    async 'contact.lookup'({ emails }: VerbInput<'contact.lookup'>) {
      const d = await db();
      const found = await contactsByEmail(d, emails);
      const cards: Record<string, ContactCard> = {};
      for (const [email, contact] of found) cards[email] = await contactCard(d, contact);
      return cards;
    },
    async 'contact.get'({ id }: VerbInput<'contact.get'>) {
      const d = await db();
      const contact = await d.get('contacts', id);
      return contact ? contactCard(d, contact) : null;
    },
    async 'contact.create'(draft: VerbInput<'contact.create'>) {
      const d = await db();
      const contact = await createContact(d, draft, now());
      await refresh([contact.id]);
      const fresh = await d.get('contacts', contact.id);
      return contactCard(d, fresh ?? contact);
    },
    async 'contact.search'({ query, limit }: VerbInput<'contact.search'>) {
      const found = await searchContacts(await db(), query, limit);
      return found.map(({ id, name, emails, orgName, title, insights }) => ({
        id,
        name,
        emails,
        orgName,
        title,
        tier: insights?.tier,
      }));
    },
    async 'thread.log'({ account, ...thread }: VerbInput<'thread.log'>) {
      const own = await ownAddresses();
      const result = await logThread(await db(), { ...thread, ownAddresses: account ? [...own, account] : own }, now());
      await refresh(result.contactIds);
      return result;
    },
    async 'log.undo'(undo: VerbInput<'log.undo'>) {
      return undoLog(await db(), undo);
    },
    async 'note.add'(input: VerbInput<'note.add'>) {
      return addNote(await db(), input, now());
    },
    async 'note.list'({ contactId, limit }: VerbInput<'note.list'>) {
      return notesOf(await db(), contactId, limit);
    },
    async 'note.delete'({ id }: VerbInput<'note.delete'>) {
      await deleteNote(await db(), id);
      return true;
    },
    async 'workspace.stats'(_: VerbInput<'workspace.stats'>) {
      return workspaceStats(await db());
    },
    async 'workspace.seedDemo'({ replace }: VerbInput<'workspace.seedDemo'>) {
      const counts = await seedDemoWorkspace(await db(), { now: now(), replace: replace ?? false });
      await recompute();
      return counts;
    },
    async 'insights.recompute'(_: VerbInput<'insights.recompute'>) {
      const model = await recompute();
      return model.method === 'bgnbd'
        ? { method: model.method, bgnbd: model.bgnbd, gg: model.gg }
        : { method: model.method, reason: model.reason };
    },
  };
}

export type BackgroundHandlers = ReturnType<typeof createHandlers>;
