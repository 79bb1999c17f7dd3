import { type ContactCard, contactCard, contactCards } from '@/lib/db/contacts/cards';
import { contactsByEmail, createContact, searchContacts } from '@/lib/db/contacts/contacts';
import { recentContacts } from '@/lib/db/contacts/recent';
import type { VerbInput } from '@/lib/messaging/verbs';
import type { Contact } from '@/lib/schema/records';
import type { HandlerDeps } from './deps';
import { insightsUpdater } from './insights';

export function contactHandlers(deps: HandlerDeps) {
  const { db, now } = deps;
  const { refresh } = insightsUpdater(deps);
  return {
    async 'contact.lookup'({ emails }: VerbInput<'contact.lookup'>) {
      const d = await db();
      const found = [...(await contactsByEmail(d, emails))];
      const cards = await contactCards(
        d,
        found.map(([, contact]) => contact),
      );
      return Object.fromEntries(found.map(([email], i) => [email, cards[i]])) as Record<string, ContactCard>;
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
      return contactCard(d, (await d.get('contacts', contact.id)) ?? contact);
    },
    async 'contact.search'({ query, limit }: VerbInput<'contact.search'>) {
      return (await searchContacts(await db(), query, limit)).map(contactHit);
    },
    async 'contacts.recent'({ limit }: VerbInput<'contacts.recent'>) {
      return (await recentContacts(await db(), limit)).map(contactHit);
    },
  };
}

/** The little a list of found contacts shows. */
function contactHit({ id, name, emails, orgName, title, insights }: Contact) {
  return { id, name, emails, orgName, title, tier: insights?.tier };
}
