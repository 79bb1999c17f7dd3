/** Finding a contact by a LinkedIn profile, inside a transaction already open. */
import { normaliseLinkedInSlug } from '../../identity/keys';
import type { Contact } from '../../schema/records';

interface ContactIndexes {
  index(name: 'linkedin' | 'linkedinAliases'): { get(key: string): Promise<Contact | undefined> };
}

/** The contact with this profile (slug or any profile URL): by their own slug, else by an alias of it. */
export async function contactByProfile(contacts: ContactIndexes, slugOrUrl: string | undefined) {
  const slug = normaliseLinkedInSlug(slugOrUrl);
  if (!slug) return undefined;
  return (await contacts.index('linkedin').get(slug)) ?? (await contacts.index('linkedinAliases').get(slug));
}
