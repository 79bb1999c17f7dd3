import type { ImportJob, StagedChunk } from '../../io/staging';
import { ALL_STORES, type RecordOf, type StoreName } from '../schema';

/** A whole backup, gathered from its staged chunks. */
export type RestoreData = { [S in StoreName]: RecordOf<S>[] };

/**
 * The records of a restore job, refusing a backup that did not arrive whole ('restore-incomplete':
 * a chunk is missing) or that names one record twice ('restore-invalid'): either would make the
 * workspace differ from the file.
 */
export function gatherRestore(job: ImportJob | undefined, chunks: readonly StagedChunk[]): RestoreData {
  if (job?.kind !== 'restore') throw new Error('import-not-found');
  const data: RestoreData = {
    contacts: [],
    organisations: [],
    interactions: [],
    deals: [],
    notes: [],
    complaints: [],
    feedback: [],
  };
  for (const chunk of chunks) append(data, chunk);
  for (const store of ALL_STORES) {
    const records = data[store];
    if (records.length !== (job.expected?.[store] ?? 0)) throw new Error('restore-incomplete');
    const ids = new Set<string>();
    for (const record of records) ids.add(record.id);
    if (ids.size !== records.length) throw new Error('restore-invalid');
  }
  return data;
}

function append(data: RestoreData, chunk: StagedChunk): void {
  switch (chunk.store) {
    case 'drafts':
      throw new Error('restore-invalid');
    case 'contacts':
      data.contacts.push(...chunk.records);
      break;
    case 'organisations':
      data.organisations.push(...chunk.records);
      break;
    case 'interactions':
      data.interactions.push(...chunk.records);
      break;
    case 'deals':
      data.deals.push(...chunk.records);
      break;
    case 'notes':
      data.notes.push(...chunk.records);
      break;
    case 'complaints':
      data.complaints.push(...chunk.records);
      break;
    case 'feedback':
      data.feedback.push(...chunk.records);
      break;
  }
}

/** One value per workspace store. */
export function perStore<T>(make: (store: StoreName) => T): Record<StoreName, T> {
  return {
    contacts: make('contacts'),
    organisations: make('organisations'),
    interactions: make('interactions'),
    deals: make('deals'),
    notes: make('notes'),
    complaints: make('complaints'),
    feedback: make('feedback'),
  };
}
