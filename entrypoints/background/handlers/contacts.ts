import { showsAsProspect } from '@/lib/crm/tiers';
import { contactCard } from '@/lib/db/contacts/cards';
import { searchContacts } from '@/lib/db/contacts/contacts';
import { findThenCards, probableSamePerson } from '@/lib/db/contacts/lookup';
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

type BookVerb = 'contacts.save' | 'contacts.search' | 'contacts.recent' | 'contacts.lookup' | 'contacts.link';

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
      const rules = people.map((q) => neverLogReason(q.email ?? '', own, domains));
      const { found, cards } = findThenCards(d, people);
      const contacts = await found;
      // A probable same person for each person not saved (unless never logged), looked for while the cards are read.
      const [cardList, sames] = await Promise.all([
        cards,
        Promise.all(people.map((q, i) => (contacts[i] || rules[i] ? null : probableSamePerson(d, q)))),
      ]);
      const cardOf = new Map(cardList.map((card) => [card.contact, card]));
      return people.map((_, i) => {
        const contact = contacts[i];
        const rule = rules[i] ?? null;
        const neverLog = rule ?? (contact?.neverLog ? 'contact' : null);
        const card = contact && cardOf.get(contact);
        if (card) return { card, neverLog, sameAs: null };
        const same = sames[i];
        const sameAs = same
          ? {
              id: same.id,
              name: same.name,
              ...(same.orgName ? { orgName: same.orgName } : {}),
              ...(same.title ? { title: same.title } : {}),
            }
          : null;
        return { card: null, neverLog, sameAs };
      });
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
