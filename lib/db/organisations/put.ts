/** The ONE door to the organisations store: nothing else puts, deletes or clears an organisation. */
import { organisationKey } from '../../identity/keys';
import type { Organisation } from '../../schema/records';
import { type RevertTx, type Revision, type RevisionsTx, revertLocalWrite, stampLocalWrite } from '../revisions/put';
import type { Stamp, WriteTx } from '../write-tx';
import { authored, createdAt } from '../writer';

export type OrganisationsTx = WriteTx<'organisations', Organisation> & RevisionsTx;

/** The organisation as the store keeps it: its name key derived, updatedAt stamped (null keeps its own). */
export function organisationAsStored(org: Organisation, now: Stamp): Organisation {
  const stored: Organisation = { ...org };
  const key = organisationKey(org.name);
  if (key) stored.nameKey = key;
  else delete stored.nameKey;
  if (now !== null) stored.updatedAt = now;
  return stored;
}

export async function putOrganisation(tx: OrganisationsTx, org: Organisation, now: Stamp): Promise<Organisation> {
  const stored = organisationAsStored(now === null ? org : authored(org, createdAt(org, now)), now);
  await Promise.all([
    tx.objectStore('organisations').put(stored),
    stampLocalWrite(tx, 'organisations', stored.id, stored),
  ]);
  return stored;
}

export async function deleteOrganisation(tx: OrganisationsTx, id: string): Promise<void> {
  await tx.objectStore('organisations').delete(id);
  await stampLocalWrite(tx, 'organisations', id, null);
}

export function clearOrganisations(tx: OrganisationsTx): Promise<void> {
  return tx.objectStore('organisations').clear();
}

/** Puts an organisation back as it was before a write that is being undone (see putBackContact). */
export async function putBackOrganisation(
  tx: WriteTx<'organisations', Organisation> & RevertTx,
  id: string,
  before: Organisation | null,
  revision: Revision | null,
): Promise<void> {
  await (before ? tx.objectStore('organisations').put(before) : tx.objectStore('organisations').delete(id));
  await revertLocalWrite(tx, 'organisations', id, revision, before);
}
