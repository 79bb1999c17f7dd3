import { type ContactCard, contactCard, contactCards } from '@/lib/db/contacts/cards';
import { findDuplicates, pairKey } from '@/lib/db/contacts/duplicates';
import { contactWithEmail, findContact, organisationNamed, probableSamePerson } from '@/lib/db/contacts/lookup';
import { mergeContacts, undoMerge } from '@/lib/db/contacts/merge';
import {
  dismissedDuplicatesItem,
  dismissPair,
  recentMergesItem,
  rememberMerge,
  takeMerge,
} from '@/lib/db/contacts/merge-undo';
import { linkIdentity, savePerson } from '@/lib/db/contacts/save-from-page';
import { logThread } from '@/lib/db/interactions/interactions';
import { logLinkedInTouch } from '@/lib/db/interactions/linkedin-touch';
import type { VerbInput } from '@/lib/messaging/verbs';
import { keepRegistrationsInSync } from '@/lib/page/site-access';
import { type NeverLogReason, neverLogReason } from '@/lib/sites/never-log';
import { neverLogDomainsItem } from '@/lib/sites/settings';
import { cachedSetting } from '../settings-cache';
import type { HandlerDeps } from './deps';
import { insightsUpdater } from './insights';

export interface PersonLookup {
  card: ContactCard | null;
  /** Why this person is never logged, if they are not. */
  neverLog: NeverLogReason | null;
  /** A contact that is probably this person, for the user to confirm ("Same person as …?"). */
  sameAs: { id: string; name: string; orgName?: string; title?: string } | null;
}

/** Stands in for the sender of an email sent from a page that did not show the account. */
const SENDER_UNKNOWN = 'you@rapport.invalid';

/** Synthetic id of a sent email Gmail had not saved as a draft: the same send reported twice is one. */
function sentKey(email: VerbInput<'email.logSent'>): string {
  const minute = Math.floor(email.at / 60_000);
  const text = [email.subject, ...email.people.map((p) => p.email).sort(), minute].join('\n');
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(31, hash) + text.charCodeAt(i)) | 0;
  return `sent:${(hash >>> 0).toString(36)}:${minute}`;
}

/** Sites and identity: who is on the page, saving and linking them, LinkedIn touches, sent emails, merges. */
export function siteHandlers(deps: HandlerDeps) {
  const { db, now, ownAddresses } = deps;
  const { refresh } = insightsUpdater(deps);
  const neverLogDomains = cachedSetting(neverLogDomainsItem);
  // Registrations of optional sites follow the permissions (granted in the popup, removed anywhere).
  keepRegistrationsInSync();
  return {
    async 'people.lookup'({ people, account }: VerbInput<'people.lookup'>): Promise<PersonLookup[]> {
      const [d, mine, domains] = await Promise.all([db(), ownAddresses(), neverLogDomains.get()]);
      const own = account ? [...mine, account] : mine;
      const contacts = await Promise.all(people.map((q) => findContact(d, q)));
      const known = contacts.filter((c) => c !== undefined);
      const cards = new Map((await contactCards(d, known)).map((card) => [card.contact, card]));
      return Promise.all(
        people.map(async (q, i) => {
          const contact = contacts[i];
          const rule = neverLogReason(q.email ?? '', own, domains);
          const neverLog = rule ?? (contact?.neverLog ? 'contact' : null);
          const card = contact && cards.get(contact);
          if (card) return { card, neverLog, sameAs: null };
          const same = rule ? null : await probableSamePerson(d, q);
          const sameAs = same && {
            id: same.id,
            name: same.name,
            ...(same.orgName ? { orgName: same.orgName } : {}),
            ...(same.title ? { title: same.title } : {}),
          };
          return { card: null, neverLog, sameAs };
        }),
      );
    },
    async 'person.save'(draft: VerbInput<'person.save'>) {
      const d = await db();
      const contact = await savePerson(d, draft, now());
      await refresh([contact.id]);
      return contactCard(d, (await d.get('contacts', contact.id)) ?? contact);
    },
    async 'person.link'({ contactId, ...identity }: VerbInput<'person.link'>) {
      const d = await db();
      const contact = await linkIdentity(d, contactId, identity, now());
      return contactCard(d, contact);
    },
    async 'linkedin.log'(touch: VerbInput<'linkedin.log'>) {
      const result = await logLinkedInTouch(await db(), touch, now());
      if (result.contactIds.length) await refresh(result.contactIds);
      return result;
    },
    /**
     * Only recipients already saved are logged: sending an email must not fill the book with everyone the
     * user writes to (the sidebar's "Writing to" cards offer to add them before sending).
     */
    async 'email.logSent'(email: VerbInput<'email.logSent'>) {
      const d = await db();
      const own = await ownAddresses();
      const from = email.account ?? own[0] ?? SENDER_UNKNOWN;
      const saved = await Promise.all(email.people.map((p) => (p.email ? contactWithEmail(d, p.email) : undefined)));
      const recipients = email.people.filter((_, i) => saved[i]);
      const empty = { interactionIds: [], createdContactIds: [], contactIds: [], skipped: 0, neverLogged: 0 };
      const result = recipients.length
        ? await logThread(
            d,
            {
              site: email.site,
              subject: email.subject,
              url: email.url,
              ownAddresses: [...own, from],
              neverLogDomains: await neverLogDomains.get(),
              people: recipients,
              // Gmail keeps the draft's id ("#msg-a:r…") for the sent message: logging its thread later adds nothing.
              messages: [
                {
                  id: email.draftId || sentKey(email),
                  fromEmail: from,
                  toEmails: recipients.map((p) => p.email),
                  at: email.at,
                },
              ],
            },
            now(),
          )
        : empty;
      if (result.contactIds.length) await refresh(result.contactIds);
      const touched = new Set(result.contactIds);
      const loggedFor = email.people.filter((_, i) => touched.has(saved[i]?.id ?? ''));
      return { ...result, loggedFor: loggedFor.map((p) => p.name || p.email) };
    },
    async 'organisation.lookup'({ name, domain }: VerbInput<'organisation.lookup'>) {
      return organisationNamed(await db(), name, domain);
    },
    async 'duplicates.list'({ limit }: VerbInput<'duplicates.list'>) {
      const dismissed = new Set(await dismissedDuplicatesItem.getValue());
      return findDuplicates(await db(), dismissed, limit);
    },
    async 'duplicates.dismiss'({ a, b }: VerbInput<'duplicates.dismiss'>) {
      await dismissPair(pairKey(a, b));
      return true;
    },
    async 'contact.merge'({ keepId, dropId }: VerbInput<'contact.merge'>) {
      const d = await db();
      const undo = await mergeContacts(d, keepId, dropId, now());
      await rememberMerge(undo);
      await refresh([keepId]);
      return { undoId: undo.id, card: await contactCard(d, (await d.get('contacts', keepId)) ?? undo.keep) };
    },
    async 'merge.undo'({ id }: VerbInput<'merge.undo'>) {
      const undo = await takeMerge(id);
      if (!undo) throw new Error('merge-not-found');
      await undoMerge(await db(), undo, now());
      await refresh([undo.keep.id, undo.drop.id]);
      return { keepId: undo.keep.id, dropId: undo.drop.id };
    },
    async 'merge.recent'(_: VerbInput<'merge.recent'>) {
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
