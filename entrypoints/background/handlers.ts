import { type ContactCard, contactCard } from '@/lib/db/cards';
import { contactsByEmail, createContact, searchContacts } from '@/lib/db/contacts';
import { logThread, undoLog } from '@/lib/db/interactions';
import { addNote, deleteNote, notesOf } from '@/lib/db/notes';
import type { CrmDb } from '@/lib/db/open';
import { workspaceStats } from '@/lib/db/stats';
import { seedDemoWorkspace } from '@/lib/demo/seed';
import type { VerbInput } from '@/lib/messaging/verbs';

export interface HandlerDeps {
  db: () => Promise<CrmDb>;
  now: () => number;
  ownAddresses: () => Promise<string[]>;
}

/** The background's answers, one per verb. Inputs arrive already parsed by the router. */
export function createHandlers({ db, now, ownAddresses }: HandlerDeps) {
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
      return contactCard(d, await createContact(d, draft, now()));
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
      return logThread(await db(), { ...thread, ownAddresses: account ? [...own, account] : own }, now());
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
      return seedDemoWorkspace(await db(), { now: now(), replace: replace ?? false });
    },
  };
}

export type BackgroundHandlers = ReturnType<typeof createHandlers>;
