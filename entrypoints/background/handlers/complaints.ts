import {
  advanceComplaintStep,
  closeComplaintRecord,
  complaintsOf,
  openComplaintFor,
  openComplaints,
  viewComplaint,
} from '@/lib/db/complaints/complaints';
import type { HandlersOf } from '@/lib/protocol';
import type { complaintVerbs } from '@/lib/protocol/complaints';
import type { Complaint } from '@/lib/schema/crm-records';
import type { HandlerDeps } from './deps';
import { insightsUpdater } from './insights';

/** Complaints in four steps. */
export function complaintHandlers(deps: HandlerDeps): HandlersOf<typeof complaintVerbs> {
  const { db, now } = deps;
  const { refreshIfFitted: refresh } = insightsUpdater(deps);
  // A complaint opened, overdue or resolved well moves the customer's churn risk: recompute it before answering.
  const view = async (complaint: Complaint) => {
    await refresh([complaint.contactId]);
    const contact = await (await db()).get('contacts', complaint.contactId);
    return viewComplaint(complaint, contact?.name ?? '', now());
  };
  return {
    async 'complaints.open'({ receivedAt, ...input }) {
      return view(await openComplaintFor(await db(), { ...input, receivedAt: receivedAt ?? now() }, now()));
    },
    async 'complaints.advance'({ id, step, at, note }) {
      return view(await advanceComplaintStep(await db(), id, { step, at: at ?? now(), note }, now()));
    },
    async 'complaints.close'({ id, outcome, satisfiedAfter, at }) {
      return view(await closeComplaintRecord(await db(), id, { outcome, satisfiedAfter, at: at ?? now() }, now()));
    },
    async 'complaints.list'(input) {
      return 'contactId' in input
        ? complaintsOf(await db(), input.contactId, now())
        : openComplaints(await db(), now());
    },
  };
}
