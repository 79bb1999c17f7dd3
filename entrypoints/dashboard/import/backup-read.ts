import type { RestoreData } from '@/lib/db/restore/staged';
import { type BackupProblem, validateBackup } from '@/lib/io/backup';

/** A backup checked from end to end, ready to be staged for a restore. */
export interface RestorableBackup {
  exportedAt: string;
  /** The backup schema version the file was written in (older ones are migrated). */
  migratedFrom: number;
  data: RestoreData;
}

export type BackupReading = { ok: true; backup: RestorableBackup } | { ok: false; problems: BackupProblem[] };

/** Validates the WHOLE parsed file (every record of every store) before anything is written. */
export function readBackup(json: unknown): BackupReading {
  const validation = validateBackup(json);
  if (!validation.ok) return validation;
  const { backup, migratedFrom } = validation;
  return { ok: true, backup: { exportedAt: backup.exportedAt, migratedFrom, data: backup.data } };
}
