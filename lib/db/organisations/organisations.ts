import { showsAsProspect } from '../../crm/tiers';
import type { Tier } from '../../crm/types';
import type { Contact, Organisation } from '../../schema/records';
import { atomically } from '../atomic';
import { CrmError } from '../errors';
import type { CrmDb } from '../open';
import { putOrganisation } from './put';

/** Enough of a contact to name and link it. */
export interface ContactSummary {
  id: string;
  name: string;
  title?: string | undefined;
  tier?: Tier | undefined;
  /** No value yet: shown as "Prospect", without a tier. */
  prospect?: true | undefined;
}

export interface OrganisationView {
  organisation: Organisation;
  members: ContactSummary[];
  decisionMakers: ContactSummary[];
}

export interface OrganisationPatch {
  /** A blank text removes the field. */
  industry?: string;
  address?: string;
  size?: Organisation['size'] | null;
  decisionMakerIds?: string[];
  /** The rep responsible (客户经理); blank takes the owner away. */
  owner?: string;
}

const MAX_MEMBERS = 500;

export const summaryOf = (c: Contact): ContactSummary =>
  showsAsProspect(c.insights)
    ? { id: c.id, name: c.name, title: c.title, prospect: true }
    : { id: c.id, name: c.name, title: c.title, tier: c.insights?.tier };

export async function organisationView(db: CrmDb, id: string): Promise<OrganisationView | null> {
  const tx = db.transaction(['organisations', 'contacts']);
  const organisation = await tx.objectStore('organisations').get(id);
  if (!organisation) return null;
  const people = await tx.objectStore('contacts').index('orgId').getAll(id, MAX_MEMBERS);
  const members = people.map(summaryOf).sort((a, b) => a.name.localeCompare(b.name));
  const byId = new Map(members.map((m) => [m.id, m]));
  const decisionMakers = (organisation.decisionMakerIds ?? []).flatMap((dm) => byId.get(dm) ?? []);
  return { organisation, members, decisionMakers };
}

function setText(org: Organisation, key: 'industry' | 'address' | 'owner', value: string): void {
  const trimmed = value.trim();
  if (trimmed === '') delete org[key];
  else org[key] = trimmed;
}

/** Industry, size, address, decision makers and owner; a decision maker must work there. */
export async function updateOrganisation(
  db: CrmDb,
  id: string,
  patch: OrganisationPatch,
  now: number,
): Promise<OrganisationView> {
  const tx = db.transaction(['organisations', 'contacts', 'revisions'], 'readwrite');
  await atomically(tx, async () => {
    const org = await tx.objectStore('organisations').get(id);
    if (!org) throw new CrmError('organisation-not-found');
    if (patch.industry !== undefined) setText(org, 'industry', patch.industry);
    if (patch.address !== undefined) setText(org, 'address', patch.address);
    if (patch.owner !== undefined) setText(org, 'owner', patch.owner);
    if (patch.size === null) delete org.size;
    else if (patch.size !== undefined) org.size = patch.size;
    if (patch.decisionMakerIds !== undefined) {
      const ids = [...new Set(patch.decisionMakerIds)];
      for (const contactId of ids) {
        const contact = await tx.objectStore('contacts').get(contactId);
        if (!contact) throw new CrmError('contact-not-found');
        if (contact.orgId !== id) throw new CrmError('not-a-member');
      }
      org.decisionMakerIds = ids;
    }
    await putOrganisation(tx, org, now);
  });
  const view = await organisationView(db, id);
  if (!view) throw new CrmError('organisation-not-found');
  return view;
}
