import { type IDBPIndex, type StoreNames, unwrap } from 'idb';
import type { ValueModel } from '../../crm/insights';
import { canonicalEmail, normaliseEmail } from '../../identity/email';
import type { Contact, Interaction } from '../../schema/records';
import { neverLogReason } from '../../sites/never-log';
import type { DetectedMessage, DetectedPerson, SiteId } from '../../sites/types';
import { atomically } from '../atomic';
import { contactByAddress } from '../contacts/by-address';
import { newContact } from '../contacts/contacts';
import { refreshInTransaction } from '../contacts/insights';
import { newestValues } from '../contacts/newest-values';
import { addContact, deleteContact, putContact } from '../contacts/put';
import { newId } from '../ids';
import type { CrmDb } from '../open';
import type { CrmSchema } from '../schema';
import { addInteraction, deleteInteraction } from './put';

export interface LogThreadRequest {
  site: SiteId;
  threadId?: string;
  subject?: string;
  url?: string;
  /** The user's own addresses: their messages are outbound, and they are never logged as contacts. */
  ownAddresses: string[];
  /** Personal domains: people at them are never logged (nor created). */
  neverLogDomains?: string[];
  people: DetectedPerson[];
  messages: DetectedMessage[];
  /** Log the interactions as private: never given to the team. */
  private?: boolean;
}

export interface LogThreadResult {
  interactionIds: string[];
  createdContactIds: string[];
  /** Every contact the log added an interaction to. */
  contactIds: string[];
  /** Messages that were already logged. */
  skipped: number;
  /** Participants left out because they are marked "never log". */
  neverLogged: number;
}

export function sourceKeyOf(site: string, messageId: string): string {
  return `${site}:${messageId}`;
}

/**
 * Logs every message of a thread as one interaction with its participants, creating the
 * participants who are not contacts yet. All or nothing: one transaction over both stores.
 * A message already logged (same source key) is skipped, so logging twice changes nothing.
 */
export async function logThread(
  db: CrmDb,
  req: LogThreadRequest,
  now: number,
  model?: ValueModel | null,
): Promise<LogThreadResult> {
  // Compared in canonical form: every spelling of the user's Gmail address is the user.
  const own = new Set(req.ownAddresses.map(canonicalEmail));
  const tx = db.transaction(
    ['contacts', 'interactions', 'contactTouches', 'deals', 'complaints', 'feedback', 'revisions'],
    'readwrite',
  );
  return atomically(tx, async () => {
    const contacts = tx.objectStore('contacts');
    const interactions = tx.objectStore('interactions');
    const result: LogThreadResult = {
      interactionIds: [],
      createdContactIds: [],
      contactIds: [],
      skipped: 0,
      neverLogged: 0,
    };

    const unique = [...new Map(req.messages.map((m) => [m.id, m])).values()];
    const keys = unique.map((m) => sourceKeyOf(req.site, m.id));
    // The people to log, each address once (the user never), and the saved ones among them read while what was
    // logged before is: one round trip, not one after the other.
    const candidates = new Map<string, DetectedPerson>();
    for (const person of req.people) {
      const email = normaliseEmail(person.email);
      if (email && !own.has(canonicalEmail(email)) && !candidates.has(email)) candidates.set(email, person);
    }
    const saved = new Map<string, Promise<Contact | undefined>>();
    for (const email of candidates.keys()) {
      if (neverLogReason(email, [], req.neverLogDomains ?? [])) continue;
      const found = contactByAddress(contacts, email);
      found.catch(() => undefined);
      saved.set(email, found);
    }
    const alreadyLogged = await Promise.all(keys.map((k) => interactions.index('sourceKey').getKey(k)));
    const toLog = unique.filter((_, i) => alreadyLogged[i] === undefined);
    result.skipped = req.messages.length - toLog.length;

    const byEmail = new Map<string, Contact>();
    for (const [email, person] of toLog.length > 0 ? candidates : []) {
      const found = saved.get(email);
      if (!found) {
        result.neverLogged++;
        continue;
      }
      // Read before this log added anyone: another spelling of an address just added is looked for again.
      let contact =
        (await found) ?? (result.createdContactIds.length ? await contactByAddress(contacts, email) : undefined);
      if (!contact) {
        contact = newContact({ name: person.name, email, source: req.site }, newId(), now);
        if (person.company) contact.orgName = person.company;
        contact = await addContact(tx, contact, now);
        result.createdContactIds.push(contact.id);
      }
      if (contact.neverLog) result.neverLogged++;
      else byEmail.set(email, contact);
    }

    const touched = new Map<string, number>();
    for (const message of toLog) {
      const involved = [message.fromEmail, ...message.toEmails]
        .map((e) => byEmail.get(normaliseEmail(e)))
        .filter((c): c is Contact => c !== undefined);
      const people = involved.length > 0 ? involved : [...byEmail.values()];
      const contactIds = [...new Set(people.map((c) => c.id))];
      if (contactIds.length === 0) continue;
      const at = message.at ?? now;
      if (!Number.isFinite(at)) throw new Error('invalid-date');
      const interaction: Interaction = {
        id: newId(),
        contactIds,
        timeline: contactIds.map((id) => [id, at] as [string, number]),
        channel: req.site === 'linkedin' ? 'linkedin' : 'email',
        direction: own.has(canonicalEmail(message.fromEmail)) ? 'outbound' : 'inbound',
        at,
        sourceKey: sourceKeyOf(req.site, message.id),
        createdAt: now,
      };
      if (req.subject) interaction.subject = req.subject.slice(0, 1000);
      if (req.url) interaction.url = req.url;
      if (req.threadId) interaction.threadId = req.threadId;
      if (req.private) interaction.private = true;
      await addInteraction(tx, interaction);
      result.interactionIds.push(interaction.id);
      for (const id of contactIds) touched.set(id, Math.max(touched.get(id) ?? 0, at));
    }

    result.contactIds = [...touched.keys()];
    // The cards the user sees next must already show the new stage and risk: same transaction, and one
    // write per contact (the refresh stamps it as the log's edit).
    if (model) {
      await refreshInTransaction(tx, result.contactIds, now, model, now);
      return result;
    }
    for (const contact of byEmail.values()) {
      const at = touched.get(contact.id);
      if (at === undefined) continue;
      const fresh = (await contacts.get(contact.id)) ?? contact;
      const lastTouch = Math.max(fresh.insights?.lastTouch ?? 0, at);
      await putContact(
        tx,
        { ...fresh, ...(fresh.insights ? { insights: { ...fresh.insights, lastTouch } } : {}) },
        now,
      );
    }
    return result;
  });
}

/** Takes a log back: its interactions, and the contacts it created if nothing else refers to them. */
export async function undoLog(
  db: CrmDb,
  undo: { interactionIds: string[]; createdContactIds: string[] },
): Promise<{ removedInteractions: number; removedContacts: number }> {
  const tx = db.transaction(['contacts', 'interactions', 'contactTouches', 'notes', 'deals', 'revisions'], 'readwrite');
  const interactions = tx.objectStore('interactions');
  let removedInteractions = 0;
  for (const id of undo.interactionIds) {
    if (await interactions.getKey(id)) {
      await deleteInteraction(tx, id);
      removedInteractions++;
    }
  }
  let removedContacts = 0;
  for (const id of undo.createdContactIds) {
    const range = IDBKeyRange.bound([id, -Infinity], [id, Infinity]);
    const stillUsed =
      (await interactions.index('timeline').count(range)) > 0 ||
      (await tx.objectStore('notes').index('contactId').count(id)) > 0 ||
      (await tx.objectStore('deals').index('contactId').count(id)) > 0;
    if (!stillUsed && (await tx.objectStore('contacts').getKey(id))) {
      await deleteContact(tx, id);
      removedContacts++;
    }
  }
  await tx.done;
  return { removedInteractions, removedContacts };
}

/** A contact's interactions, newest first. */
export function interactionsOf(db: CrmDb, contactId: string, limit: number): Promise<Interaction[]> {
  return newestInteractions(db.transaction('interactions').store.index('timeline'), contactId, limit);
}

/** The contact's newest interactions through the timeline index of a transaction already open. */
export async function newestInteractions(
  index: IDBPIndex<CrmSchema, StoreNames<CrmSchema>[], 'interactions', 'timeline', IDBTransactionMode>,
  contactId: string,
  limit: number,
): Promise<Interaction[]> {
  if (limit <= 0) return [];
  const range = IDBKeyRange.bound([contactId, -Infinity], [contactId, Infinity]);
  // A cursor costs a round trip per interaction: the sidebar's cards wait for these.
  const newest = newestValues<Interaction>(unwrap(index), range, limit);
  if (newest) return newest;
  const found: Interaction[] = [];
  let cursor = await index.openCursor(range, 'prev');
  while (cursor) {
    found.push(cursor.value);
    if (found.length >= limit) break;
    cursor = await cursor.continue();
  }
  return found;
}
