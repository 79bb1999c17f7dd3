import type { Contact, Interaction, Note } from '../schema/records';
import { interactionsOf } from './interactions';
import { notesOf } from './notes';
import type { CrmDb } from './open';

/** Everything a card shows about one contact, read in one go. */
export interface ContactCard {
  contact: Contact;
  recent: Interaction[];
  notes: Note[];
}

export const CARD_INTERACTIONS = 5;
export const CARD_NOTES = 3;

export async function contactCard(db: CrmDb, contact: Contact): Promise<ContactCard> {
  const [recent, notes] = await Promise.all([
    interactionsOf(db, contact.id, CARD_INTERACTIONS),
    notesOf(db, contact.id, CARD_NOTES),
  ]);
  return { contact, recent, notes };
}
