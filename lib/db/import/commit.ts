import type { ContactImport } from '../../io/contact-import';
import { planImport } from '../../io/dedupe-plan';
import type { StagedChunk } from '../../io/staging';
import type { Contact, Organisation } from '../../schema/records';
import { atomically } from '../atomic';
import { putContact } from '../contacts/put';
import type { CrmDb } from '../open';
import { putOrganisation } from '../organisations/put';
import { type WriteProgress, writeInSlices } from '../write-in-slices';
import { chunkRange, forgetJob } from './jobs';
import { type ImportChoices, type ImportClock, type ImportOutcome, planImportWrites } from './writes';

/**
 * Moves every staged row of an import into the workspace in ONE transaction, deduplicated against
 * the contacts stored at that moment, and clears the staging rows and the journal entry in the same
 * transaction: afterwards the database holds all of the import or, if anything fails or the import
 * is cancelled, none of it.
 */
export async function commitImport(
  db: CrmDb,
  jobId: string,
  choices: ImportChoices,
  clock: ImportClock,
  progress: WriteProgress = {},
): Promise<ImportOutcome> {
  const tx = db.transaction(['importJobs', 'importChunks', 'contacts', 'organisations', 'revisions'], 'readwrite');
  return atomically(tx, async () => {
    const jobs = tx.objectStore('importJobs');
    const chunks = tx.objectStore('importChunks');
    const contacts = tx.objectStore('contacts');
    const organisations = tx.objectStore('organisations');
    const [job, staged, existing, orgs] = await Promise.all([
      jobs.get(jobId),
      chunks.getAll(chunkRange(jobId)),
      contacts.getAll(),
      organisations.getAll(),
    ]);
    if (job?.kind !== 'import') throw new Error('import-not-found');
    const writes = planImportWrites(planImport(stagedDrafts(staged), existing), existing, orgs, choices, clock);
    // New contacts get fresh time-ordered ids, so `put` cannot overwrite anyone (and skips the
    // existence check `add` makes per record).
    await writeInSlices(
      [
        { records: writes.organisations, write: (org: Organisation) => putOrganisation(tx, org, null) },
        { records: writes.add, write: (c: Contact) => putContact(tx, c, clock.now) },
        { records: writes.put, write: (c: Contact) => putContact(tx, c, clock.now) },
      ],
      progress,
    );
    await forgetJob(tx, jobId);
    return writes.outcome;
  });
}

/** The drafts of an import's chunks, in file order. */
export function stagedDrafts(chunks: readonly StagedChunk[]): ContactImport[] {
  const drafts: ContactImport[] = [];
  for (const chunk of chunks) if (chunk.store === 'drafts') for (const draft of chunk.records) drafts.push(draft);
  return drafts;
}
