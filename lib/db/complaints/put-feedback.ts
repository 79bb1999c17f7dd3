/** The ONE door to the feedback store. */
import type { Feedback } from '../../schema/crm-records';
import { type RevisionsTx, stampLocalWrite } from '../revisions/put';
import type { WriteTx } from '../write-tx';

export type FeedbackTx = WriteTx<'feedback', Feedback> & RevisionsTx;

export async function putFeedback(tx: FeedbackTx, feedback: Feedback): Promise<Feedback> {
  await Promise.all([tx.objectStore('feedback').put(feedback), stampLocalWrite(tx, 'feedback', feedback.id, feedback)]);
  return feedback;
}

export async function addFeedback(tx: FeedbackTx, feedback: Feedback): Promise<Feedback> {
  await Promise.all([tx.objectStore('feedback').add(feedback), stampLocalWrite(tx, 'feedback', feedback.id, feedback)]);
  return feedback;
}

export function clearFeedback(tx: FeedbackTx): Promise<void> {
  return tx.objectStore('feedback').clear();
}
