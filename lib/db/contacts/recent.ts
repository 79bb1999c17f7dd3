import type { Contact } from '../../schema/records';
import type { CrmDb } from '../open';

/** The distinct contacts of the latest interactions, most recent first. */
export async function recentContacts(db: CrmDb, limit: number): Promise<Contact[]> {
  const tx = db.transaction(['interactions', 'contacts']);
  const contacts = tx.objectStore('contacts');
  const seen = new Set<string>();
  const recent: Contact[] = [];
  let cursor = await tx.objectStore('interactions').index('at').openCursor(null, 'prev');
  while (cursor && recent.length < limit) {
    for (const id of cursor.value.contactIds) {
      if (seen.has(id) || recent.length >= limit) continue;
      seen.add(id);
      const contact = await contacts.get(id);
      if (contact) recent.push(contact);
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return recent;
}
