import * as z from 'zod/mini';
import type { RestoreData } from '@/lib/db/restore-staged';
import { type BackupProblem, formatPath, validateBackup } from '@/lib/io/backup';
import { Complaint, Feedback } from '@/lib/schema/crm-records';

/** A backup checked from end to end, ready to be staged for a restore. */
export interface RestorableBackup {
  exportedAt: string;
  /** The backup schema version the file was written in (older ones are migrated). */
  migratedFrom: number;
  data: RestoreData;
}

export type BackupReading = { ok: true; backup: RestorableBackup } | { ok: false; problems: BackupProblem[] };

/**
 * Complaints and feedback ride along in `data` next to the stores lib/io/backup knows; a backup
 * without them (an older one) restores a workspace without complaints and feedback.
 */
const Extras = z.object({
  complaints: z.optional(z.array(Complaint)),
  feedback: z.optional(z.array(Feedback)),
});

/** Validates the WHOLE parsed file (every record of every store) before anything is written. */
export function readBackup(json: unknown): BackupReading {
  const validation = validateBackup(json);
  const data = typeof json === 'object' && json !== null && 'data' in json ? json.data : undefined;
  const extras = Extras.safeParse(typeof data === 'object' && data !== null ? data : {});
  const problems = validation.ok ? [] : [...validation.problems];
  if (!extras.success) {
    for (const issue of extras.error.issues) {
      problems.push({ path: formatPath(['data', ...issue.path]), code: 'invalid-backup', message: issue.code });
    }
  }
  if (!validation.ok || !extras.success) return { ok: false, problems };
  const complaints = extras.data.complaints ?? [];
  const feedback = extras.data.feedback ?? [];
  problems.push(...duplicateIds('complaints', complaints), ...duplicateIds('feedback', feedback));
  if (problems.length > 0) return { ok: false, problems };
  const { backup, migratedFrom } = validation;
  return {
    ok: true,
    backup: { exportedAt: backup.exportedAt, migratedFrom, data: { ...backup.data, complaints, feedback } },
  };
}

function duplicateIds(store: string, records: readonly { id: string }[]): BackupProblem[] {
  const seen = new Set<string>();
  const problems: BackupProblem[] = [];
  records.forEach((record, i) => {
    if (seen.has(record.id)) {
      problems.push({ path: `data.${store}[${i}].id`, code: 'duplicate-id', message: `id "${record.id}" repeated` });
    }
    seen.add(record.id);
  });
  return problems;
}
