/** The ONE door to the complaints store. `open` (the index of complaints still open) is derived here. */
import type { Complaint } from '../../schema/crm-records';
import { type RevisionsTx, stampLocalWrite } from '../revisions/put';
import type { Stamp, WriteTx } from '../write-tx';
import { authored, createdAt } from '../writer';

export type ComplaintsTx = WriteTx<'complaints', Complaint> & RevisionsTx;

/** The complaint as the store keeps it: `open: 1` while it is not closed, updatedAt stamped (null keeps its own). */
export function complaintAsStored(complaint: Complaint, now: Stamp): Complaint {
  const { open: _open, ...rest } = complaint;
  const stored: Complaint = rest.state.closed ? rest : { ...rest, open: 1 };
  if (now !== null) stored.updatedAt = now;
  return stored;
}

export async function putComplaint(tx: ComplaintsTx, complaint: Complaint, now: Stamp): Promise<Complaint> {
  const stored = complaintAsStored(now === null ? complaint : authored(complaint, createdAt(complaint, now)), now);
  await Promise.all([tx.objectStore('complaints').put(stored), stampLocalWrite(tx, 'complaints', stored.id, stored)]);
  return stored;
}

export async function addComplaint(tx: ComplaintsTx, complaint: Complaint, now: Stamp): Promise<Complaint> {
  const stored = complaintAsStored(now === null ? complaint : authored(complaint, true), now);
  await Promise.all([tx.objectStore('complaints').add(stored), stampLocalWrite(tx, 'complaints', stored.id, stored)]);
  return stored;
}

export async function deleteComplaint(tx: ComplaintsTx, id: string): Promise<void> {
  await tx.objectStore('complaints').delete(id);
  await stampLocalWrite(tx, 'complaints', id, null);
}

export function clearComplaints(tx: ComplaintsTx): Promise<void> {
  return tx.objectStore('complaints').clear();
}
