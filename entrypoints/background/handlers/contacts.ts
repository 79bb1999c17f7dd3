import { showsAsProspect } from '@/lib/crm/tiers';
import { contactCard } from '@/lib/db/contacts/cards';
import { searchContacts } from '@/lib/db/contacts/contacts';
import { findWithCards, probableSamePerson } from '@/lib/db/contacts/lookup';
import { recentContacts } from '@/lib/db/contacts/recent';
import { linkIdentity, savePerson } from '@/lib/db/contacts/save-from-page';
import type { HandlersOf } from '@/lib/protocol';
import type { ContactHit, contactVerbs } from '@/lib/protocol/contacts';
import type { Contact } from '@/lib/schema/records';
import { neverLogDomainsItem } from '@/lib/settings';
import { cachedSetting } from '@/lib/settings/cached';
import { neverLogReason } from '@/lib/sites/never-log';
import { contactEditHandlers } from './contacts-edit';
import { contactLossHandlers } from './contacts-loss';
import { contactRetentionHandlers } from './contacts-retention';
import { contactTableHandlers } from './contacts-table';
import type { HandlerDeps } from './deps';
import { insightsUpdater } from './insights';

type ContactHandlers = HandlersOf<typeof contactVerbs>;

/** Every contacts verb: finding and saving people, editing them, their care, and the dashboard's table. */
export function contactHandlers(deps: HandlerDeps): ContactHandlers {
  return {
    ...contactBookHandlers(deps),
    ...contactEditHandlers(deps),
    ...contactRetentionHandlers(deps),
    ...contactLossHandlers(deps),
    ...contactTableHandlers(deps),
  };
}

type BookVerb =
  | 'contacts.save'
  | 'contacts.search'
  | 'contacts.recent'
  | 'contacts.lookup'
  | 'contacts.sameAs'
  | 'contacts.link';

/** Finding people (by words, recency, or what a page shows) and saving them. */
function contactBookHandlers(deps: HandlerDeps): Pick<ContactHandlers, BookVerb> {
  const { db, now, ownAddresses } = deps;
  const { refresh } = insightsUpdater(deps);
  const neverLogDomains = cachedSetting(neverLogDomainsItem);
  return {
    async 'contacts.save'({ name, source, ...identity }) {
      const d = await db();
      const contact = await savePerson(d, { name, source, ...identity }, now());
      await refresh([contact.id]);
      return contactCard(d, (await d.get('contacts', contact.id)) ?? contact);
    },
    async 'contacts.search'({ query, limit }) {
      return (await searchContacts(await db(), query, limit)).map(contactHit);
    },
    async 'contacts.recent'({ limit }) {
      return (await recentContacts(await db(), limit)).map(contactHit);
    },
    async 'contacts.lookup'({ people, account }) {
      const [d, mine, domains] = await Promise.all([db(), ownAddresses(), neverLogDomains.get()]);
      const own = account ? [...mine, account] : mine;
      const { contacts, cards } = await findWithCards(d, people);
      const cardOf = new Map(cards.map((card) => [card.contact, card]));
      return people.map((q, i) => {
        const contact = contacts[i];
        const rule = neverLogReason(q.email ?? '', own, domains);
        const neverLog = rule ?? (contact?.neverLog ? 'contact' : null);
        return { card: (contact && cardOf.get(contact)) ?? null, neverLog };
      });
    },
    async 'contacts.sameAs'({ people }) {
      const d = await db();
      const offers = await Promise.all(people.map((q) => probableSamePerson(d, q)));
      return offers.map((same) =>
        same
          ? {
              id: same.id,
              name: same.name,
              ...(same.orgName ? { orgName: same.orgName } : {}),
              ...(same.title ? { title: same.title } : {}),
            }
          : null,
      );
    },
    async 'contacts.link'({ contactId, ...identity }) {
      const d = await db();
      const contact = await linkIdentity(d, contactId, identity, now());
      return contactCard(d, contact);
    },
  };
}

function contactHit({ id, name, emails, orgName, title, insights }: Contact): ContactHit {
  if (showsAsProspect(insights)) return { id, name, emails, orgName, title, prospect: true };
  return { id, name, emails, orgName, title, tier: insights?.tier };
}
