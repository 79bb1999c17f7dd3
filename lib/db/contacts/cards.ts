import type { IDBPTransaction } from 'idb';
import type { Severity } from '../../crm/types';
import type { Contact, Interaction, Note } from '../../schema/records';
import { newestInteractions } from '../interactions/interactions';
import { newestNotes } from '../notes/notes';
import type { CrmDb } from '../open';
import type { CrmSchema } from '../schema';

/** What a card says about a complaint still open: enough to mention it, not to handle it. */
export interface OpenComplaintSummary {
  id: string;
  category: string;
  severity: Severity;
  receivedAt: number;
}

/** Everything a card shows about one contact, read in one go. */
export interface ContactCard {
  contact: Contact;
  recent: Interaction[];
  notes: Note[];
  /** Newest first. */
  openComplaints: OpenComplaintSummary[];
}

export const CARD_INTERACTIONS = 5;
export const CARD_NOTES = 3;

/** The cards of several contacts, read in ONE transaction with every request in flight at once. */
export async function contactCards(db: CrmDb, contacts: readonly Contact[]): Promise<ContactCard[]> {
  if (contacts.length === 0) return [];
  const tx = db.transaction(['interactions', 'notes', 'complaints']);
  const cards = await cardsIn(tx, contacts);
  await tx.done;
  return cards;
}

/** A transaction that can read cards (it may read more stores as well). */
export type CardsTx = IDBPTransaction<CrmSchema, CardStores, IDBTransactionMode>;
type CardStores = ('interactions' | 'notes' | 'complaints' | 'contacts')[];

/** The cards of several contacts inside a transaction already open, every request in flight at once. */
export function cardsIn(tx: CardsTx, contacts: readonly Contact[]): Promise<ContactCard[]> {
  return Promise.all(contacts.map(async (contact) => ({ contact, ...(await cardOf(tx, contact.id)) })));
}

/** What a card shows besides the contact itself: it needs only the id, so it can be read before the contact. */
export async function cardOf(tx: CardsTx, contactId: string): Promise<Omit<ContactCard, 'contact'>> {
  const [recent, notes, complaints] = await Promise.all([
    newestInteractions(tx.objectStore('interactions').index('timeline'), contactId, CARD_INTERACTIONS),
    tx.objectStore('notes').index('contactId').getAll(contactId),
    tx.objectStore('complaints').index('contactId').getAll(contactId),
  ]);
  return {
    recent,
    notes: newestNotes(notes, CARD_NOTES),
    openComplaints: complaints
      .filter((c) => c.open === 1)
      .sort((a, b) => b.state.receivedAt - a.state.receivedAt)
      .map(({ id, state }) => ({
        id,
        category: state.category,
        severity: state.severity,
        receivedAt: state.receivedAt,
      })),
  };
}

export async function contactCard(db: CrmDb, contact: Contact): Promise<ContactCard> {
  const [card] = await contactCards(db, [contact]);
  if (!card) throw new Error('card-missing');
  return card;
}
