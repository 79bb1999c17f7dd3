/** Saving a person seen on a page, and linking a page's identity (address, LinkedIn slug) to a contact. */
import { canonicalEmail, normaliseEmail } from '../../identity/email';
import { normaliseLinkedInSlug, profileSlugs, withProfile } from '../../identity/keys';
import type { Contact } from '../../schema/records';
import { atomically } from '../atomic';
import { newId } from '../ids';
import type { CrmDb } from '../open';
import { linkOrganisation, storeLookup } from '../organisations/link';
import { contactByAddress } from './by-address';
import { contactByProfile } from './by-profile';
import { newContact } from './contacts';
import { addContact, putContact } from './put';

export interface PersonDraft {
  name: string;
  email?: string;
  /** Slug or profile URL; stored as the canonical slug. */
  linkedin?: string;
  title?: string;
  company?: string;
  source: string;
}

type Tx = ReturnType<typeof writeTx>;
const writeTx = (db: CrmDb) => db.transaction(['contacts', 'organisations', 'revisions'], 'readwrite');

async function byIdentity(tx: Tx, email: string, slug: string | null): Promise<Contact | undefined> {
  const contacts = tx.objectStore('contacts');
  if (email) {
    const found = await contactByAddress(contacts, email);
    if (found) return found;
  }
  return slug ? contactByProfile(contacts, slug) : undefined;
}

/**
 * Fills what the contact lacks from the draft; never overwrites what the user has. A second form of their
 * profile (member id beside vanity slug) is kept beside the first (lib/identity/keys.ts withProfile).
 */
function complete(contact: Contact, draft: Omit<PersonDraft, 'name' | 'source'>): Contact {
  const next = withProfile({ ...contact, emails: [...contact.emails] }, draft.linkedin);
  const email = normaliseEmail(draft.email ?? '');
  if (email && !next.emails.some((e) => canonicalEmail(e) === canonicalEmail(email))) next.emails.push(email);
  if (draft.title && !next.title) next.title = draft.title.trim();
  if (draft.company && !next.orgName && !next.orgId) next.orgName = draft.company.trim();
  return next;
}

/**
 * The contact for a person seen on a page: the one that already has their address or profile (completed
 * with what the page shows), else a new one linked to an organisation by the one rule (organisations/link.ts).
 */
export async function savePerson(db: CrmDb, draft: PersonDraft, now: number): Promise<Contact> {
  const tx = writeTx(db);
  return atomically(tx, async () => {
    const email = normaliseEmail(draft.email ?? '');
    const slug = normaliseLinkedInSlug(draft.linkedin);
    const existing = await byIdentity(tx, email, slug);
    if (existing) {
      return putContact(tx, complete(existing, draft), now);
    }
    const contact = newContact(
      {
        name: draft.name,
        source: draft.source,
        ...(email ? { email } : {}),
        ...(slug ? { linkedin: slug } : {}),
        ...(draft.title ? { title: draft.title } : {}),
        ...(draft.company ? { orgName: draft.company } : {}),
      },
      newId(),
      now,
    );
    const linked = await linkOrganisation(storeLookup(tx.objectStore('organisations')), contact);
    return addContact(tx, linked, now);
  });
}

/**
 * "Same person": adds the address or profile seen on a page to an existing contact. Refuses when another
 * contact already has it (those two should be merged instead) or the contact has a different profile.
 */
export async function linkIdentity(
  db: CrmDb,
  contactId: string,
  identity: Omit<PersonDraft, 'name' | 'source'>,
  now: number,
): Promise<Contact> {
  const tx = writeTx(db);
  return atomically(tx, async () => {
    const contacts = tx.objectStore('contacts');
    const contact = await contacts.get(contactId);
    if (!contact) throw new Error('contact-not-found');
    const email = normaliseEmail(identity.email ?? '');
    const slug = normaliseLinkedInSlug(identity.linkedin);
    const other = await byIdentity(tx, email, null);
    const otherBySlug = slug ? await contactByProfile(contacts, slug) : undefined;
    if ((other && other.id !== contactId) || (otherBySlug && otherBySlug.id !== contactId)) {
      throw new Error('identity-taken');
    }
    if (slug && !profileSlugs(withProfile(contact, slug)).includes(slug)) throw new Error('profile-differs');
    return putContact(tx, complete(contact, identity), now);
  });
}
