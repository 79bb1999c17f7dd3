import {
  advanceComplaint,
  type ComplaintLoyalty,
  type ComplaintResult,
  type ComplaintStatus,
  closeComplaint,
  complaintStatus,
  loyaltyEffect,
  openComplaint,
} from '../../crm/complaints';
import type { ComplaintOutcome, ComplaintStep, Severity } from '../../crm/types';
import type { Complaint } from '../../schema/crm-records';
import { atomically } from '../atomic';
import { CrmError } from '../errors';
import { newId } from '../ids';
import type { CrmDb } from '../open';
import { addComplaint, putComplaint } from './put';

/** A complaint as the pages show it: where it stands, and what it did to loyalty. */
export interface ComplaintView extends Complaint {
  contactName: string;
  status: ComplaintStatus;
  loyalty: ComplaintLoyalty;
}

export interface NewComplaintInput {
  contactId: string;
  description: string;
  category: string;
  severity: Severity;
  receivedAt: number;
}

function stateOf(result: ComplaintResult): Complaint['state'] {
  if (!result.ok) throw new CrmError(result.error);
  return { ...result.state, steps: [...result.state.steps] };
}

/** Opens a complaint with SLA deadlines by severity and the contact's current tier (key customers get half). */
export async function openComplaintFor(db: CrmDb, input: NewComplaintInput, now: number): Promise<Complaint> {
  if (input.receivedAt > now) throw new CrmError('invalid-time');
  const tx = db.transaction(['contacts', 'complaints', 'revisions'], 'readwrite');
  return atomically(tx, async () => {
    const contact = await tx.objectStore('contacts').get(input.contactId);
    if (!contact) throw new CrmError('contact-not-found');
    const state = stateOf(
      openComplaint({
        receivedAt: input.receivedAt,
        severity: input.severity,
        tier: contact.insights?.tier ?? 'C',
        category: input.category.trim(),
      }),
    );
    const complaint: Complaint = {
      id: newId(),
      contactId: contact.id,
      description: input.description.trim(),
      state,
      open: 1,
      createdAt: now,
      updatedAt: now,
    };
    return addComplaint(tx, complaint, now);
  });
}

async function changeComplaint(
  db: CrmDb,
  id: string,
  at: number,
  now: number,
  change: (state: Complaint['state']) => ComplaintResult,
): Promise<Complaint> {
  if (at > now) throw new CrmError('invalid-time');
  const tx = db.transaction(['complaints', 'revisions'], 'readwrite');
  return atomically(tx, async () => {
    const complaint = await tx.objectStore('complaints').get(id);
    if (!complaint) throw new CrmError('complaint-not-found');
    const state = stateOf(change(complaint.state));
    return putComplaint(tx, { ...complaint, state }, now);
  });
}

/** Completes the next step; a step out of order, done twice or dated before the previous one is refused. */
export function advanceComplaintStep(
  db: CrmDb,
  id: string,
  input: { step: ComplaintStep; at: number; note?: string | undefined },
  now: number,
): Promise<Complaint> {
  return changeComplaint(db, id, input.at, now, (state) => advanceComplaint(state, input.step, input.at, input.note));
}

/** Closes with an outcome; it then leaves the open-complaints index and counts for or against loyalty. */
export function closeComplaintRecord(
  db: CrmDb,
  id: string,
  input: { outcome: ComplaintOutcome; satisfiedAfter: boolean | null; at: number },
  now: number,
): Promise<Complaint> {
  return changeComplaint(db, id, input.at, now, (state) =>
    closeComplaint(state, input.outcome, input.satisfiedAfter, input.at),
  );
}

export function viewComplaint(complaint: Complaint, contactName: string, now: number): ComplaintView {
  return {
    ...complaint,
    contactName,
    status: complaintStatus(complaint.state, now),
    loyalty: loyaltyEffect(complaint.state),
  };
}

/** One contact's complaints, newest first. */
export async function complaintsOf(db: CrmDb, contactId: string, now: number): Promise<ComplaintView[]> {
  const tx = db.transaction(['complaints', 'contacts']);
  const [found, contact] = await Promise.all([
    tx.objectStore('complaints').index('contactId').getAll(contactId),
    tx.objectStore('contacts').get(contactId),
  ]);
  return found
    .sort((a, b) => b.state.receivedAt - a.state.receivedAt)
    .map((c) => viewComplaint(c, contact?.name ?? '', now));
}

/** Every open complaint, the next deadline first. */
export async function openComplaints(db: CrmDb, now: number): Promise<ComplaintView[]> {
  const tx = db.transaction(['complaints', 'contacts']);
  const found = await tx.objectStore('complaints').index('open').getAll(1);
  const names = new Map<string, string>();
  for (const id of new Set(found.map((c) => c.contactId))) {
    names.set(id, (await tx.objectStore('contacts').get(id))?.name ?? '');
  }
  return found
    .map((c) => viewComplaint(c, names.get(c.contactId) ?? '', now))
    .sort((a, b) => (a.status.nextDueAt ?? Infinity) - (b.status.nextDueAt ?? Infinity));
}
