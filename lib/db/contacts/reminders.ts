import type { WinBackStepCode } from '../../crm/types';
import { atomically } from '../atomic';
import type { CrmDb } from '../open';
import { putContact } from './put';

/** A contact's next step, as the reminder needs it. */
export interface ReminderStep {
  contactId: string;
  name: string;
  due: number;
  text: string;
  code?: WinBackStepCode | undefined;
  notifiedAt?: number | undefined;
}

/**
 * The next steps a reminder may concern: every one not yet shown that is due by `now`, and the earliest one still
 * to come. Walks the 'nextDue' index from the oldest due date and stops there.
 */
export async function reminderSteps(db: CrmDb, now: number): Promise<ReminderStep[]> {
  const found: ReminderStep[] = [];
  let cursor = await db.transaction('contacts').store.index('nextDue').openCursor();
  while (cursor) {
    const { id, name, nextStep } = cursor.value;
    if (nextStep && nextStep.notifiedAt === undefined) {
      found.push({ contactId: id, name, due: nextStep.due, text: nextStep.text, code: nextStep.code });
      if (nextStep.due > now) break;
    }
    cursor = await cursor.continue();
  }
  return found;
}

/** Marks the shown steps, unless the step changed in the meantime (then its own reminder is still to come). */
export async function markReminded(db: CrmDb, shown: readonly ReminderStep[], at: number): Promise<void> {
  const tx = db.transaction(['contacts', 'revisions'], 'readwrite');
  await atomically(tx, async () => {
    for (const step of shown) {
      const contact = await tx.objectStore('contacts').get(step.contactId);
      const current = contact?.nextStep;
      if (!contact || !current || current.notifiedAt !== undefined) continue;
      if (current.due !== step.due || current.text !== step.text) continue;
      await putContact(tx, { ...contact, nextStep: { ...current, notifiedAt: at } }, null);
    }
  });
}
