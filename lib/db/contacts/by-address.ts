/** Finding a contact by an address in any spelling of its mailbox, inside a transaction already open. */
import { canonicalEmail, normaliseEmail } from '../../identity/keys';
import type { Contact } from '../../schema/records';

interface ContactIndexes {
  index(name: 'emails' | 'emailKeys'): { get(key: string): Promise<Contact | undefined> };
}

/**
 * The contact with this address: as written (lower-cased), else by its canonical form, which is either
 * stored as written or kept among the contact's emailKeys (a stored "Ann.Lee@gmail.com" is found by
 * "annlee+x@googlemail.com" and the other way round).
 */
export async function contactByAddress(contacts: ContactIndexes, raw: string): Promise<Contact | undefined> {
  const email = normaliseEmail(raw);
  if (!email) return undefined;
  const found = await contacts.index('emails').get(email);
  if (found) return found;
  const canonical = canonicalEmail(email);
  return (
    (await contacts.index('emailKeys').get(canonical)) ??
    (canonical !== email ? await contacts.index('emails').get(canonical) : undefined)
  );
}
