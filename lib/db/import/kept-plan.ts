import type { PlannedContact } from '../../io/dedupe-plan';

/** What an import's plan depended on: its staged rows and the contacts stored (see planStamp). */
export interface KeptPlan {
  jobId: string;
  stamp: string;
  plan: PlannedContact[];
}

interface StampTx {
  objectStore(name: 'importJobs'): { get(key: string): Promise<{ updatedAt: number } | undefined> };
  objectStore(name: 'contacts'): {
    count(): Promise<number>;
    index(name: 'updatedAt'): { openKeyCursor(range: null, direction: 'prev'): Promise<{ key: number } | null> };
  };
}

/**
 * The state a plan was made against, read cheaply: when the job last staged rows, how many contacts
 * there are and the newest edit. A contact added, removed or edited since changes it. (An existing
 * contact edited meanwhile is merged again on its newer version by the commit anyway.)
 */
export async function planStamp(tx: StampTx, jobId: string): Promise<string> {
  const contacts = tx.objectStore('contacts');
  const [job, count, newest] = await Promise.all([
    tx.objectStore('importJobs').get(jobId),
    contacts.count(),
    contacts.index('updatedAt').openKeyCursor(null, 'prev'),
  ]);
  return `${job?.updatedAt ?? ''}|${count}|${newest?.key ?? ''}`;
}

/**
 * The last plan shown to the user, kept until the commit that follows it, so the commit neither reads
 * every contact nor plans again when nothing changed in between. One at a time: it holds the rows.
 */
let kept: KeptPlan | undefined;

export function keepPlan(plan: KeptPlan): void {
  kept = plan;
}

/** The kept plan of this job if it was made against `stamp`; either way it is given up. */
export function takePlan(jobId: string, stamp: string): PlannedContact[] | undefined {
  const found = kept?.jobId === jobId && kept.stamp === stamp ? kept.plan : undefined;
  if (kept?.jobId === jobId) kept = undefined;
  return found;
}
