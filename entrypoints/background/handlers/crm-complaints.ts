import {
  advanceComplaintStep,
  closeComplaintRecord,
  complaintsOf,
  openComplaintFor,
  openComplaints,
  viewComplaint,
} from '@/lib/db/complaints/complaints';
import { addFeedback, feedbackOf, loyaltySummary } from '@/lib/db/complaints/feedback';
import type { VerbInput } from '@/lib/messaging/verbs';
import type { Complaint } from '@/lib/schema/crm-records';
import type { HandlerDeps } from './deps';

/** Complaints in four steps, feedback, and the loyalty they add up to. */
export function crmComplaintHandlers({ db, now }: HandlerDeps) {
  const view = async (complaint: Complaint) => {
    const contact = await (await db()).get('contacts', complaint.contactId);
    return viewComplaint(complaint, contact?.name ?? '', now());
  };
  return {
    async 'complaint.open'({ receivedAt, ...input }: VerbInput<'complaint.open'>) {
      return view(await openComplaintFor(await db(), { ...input, receivedAt: receivedAt ?? now() }, now()));
    },
    async 'complaint.advance'({ id, step, at, note }: VerbInput<'complaint.advance'>) {
      return view(await advanceComplaintStep(await db(), id, { step, at: at ?? now(), note }, now()));
    },
    async 'complaint.close'({ id, outcome, satisfiedAfter, at }: VerbInput<'complaint.close'>) {
      return view(await closeComplaintRecord(await db(), id, { outcome, satisfiedAfter, at: at ?? now() }, now()));
    },
    async 'complaint.list'(input: VerbInput<'complaint.list'>) {
      return 'contactId' in input
        ? complaintsOf(await db(), input.contactId, now())
        : openComplaints(await db(), now());
    },
    async 'feedback.add'({ at, ...input }: VerbInput<'feedback.add'>) {
      return addFeedback(await db(), { ...input, at: at ?? now() }, now());
    },
    async 'feedback.list'({ contactId }: VerbInput<'feedback.list'>) {
      return feedbackOf(await db(), contactId);
    },
    async 'loyalty.summary'({ contactId }: VerbInput<'loyalty.summary'>) {
      return loyaltySummary(await db(), contactId, now());
    },
  };
}
