/** The ONE door to the feedback store. */
import type { Feedback } from '../../schema/crm-records';
import { type RevisionsTx, stampLocalWrite } from '../revisions/put';
import type { WriteTx } from '../write-tx';
import { authored } from '../writer';

export type FeedbackTx = WriteTx<'feedback', Feedback> & RevisionsTx;

export async function putFeedback(tx: FeedbackTx, feedback: Feedback): Promise<Feedback> {
  await Promise.all([tx.objectStore('feedback').put(feedback), stampLocalWrite(tx, 'feedback', feedback.id, feedback)]);
  return feedback;
}

export async function addFeedback(tx: FeedbackTx, feedback: Feedback): Promise<Feedback> {
  const stored = authored(feedback, true);
  await Promise.all([tx.objectStore('feedback').add(stored), stampLocalWrite(tx, 'feedback', stored.id, stored)]);
  return stored;
}

export async function deleteFeedback(tx: FeedbackTx, id: string): Promise<void> {
  await tx.objectStore('feedback').delete(id);
  await stampLocalWrite(tx, 'feedback', id, null);
}

export function clearFeedback(tx: FeedbackTx): Promise<void> {
  return tx.objectStore('feedback').clear();
}
