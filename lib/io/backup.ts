import * as z from 'zod/mini';
import { Complaint, Feedback } from '../schema/crm-records';
import { Contact, Deal, Interaction, Note, Organisation } from '../schema/records';
import { ALL_STORES } from '../schema/stores';
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, migrateBackup } from './backup-migrate';
import { type ImportErrorCode, isImportError } from './errors';

export { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, migrateBackup } from './backup-migrate';

/** Complaints and feedback came later within version 1: a file without them simply has none. */
const FileData = z.object({
  contacts: z.array(Contact),
  organisations: z.array(Organisation),
  interactions: z.array(Interaction),
  deals: z.array(Deal),
  notes: z.array(Note),
  complaints: z.optional(z.array(Complaint)),
  feedback: z.optional(z.array(Feedback)),
});
export type BackupData = Required<z.infer<typeof FileData>>;

/** The whole database as one JSON file. */
const BackupFile = z.object({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.literal(BACKUP_SCHEMA_VERSION),
  /** ISO 8601, UTC. */
  exportedAt: z.iso.datetime(),
  data: FileData,
});
export type Backup = Omit<z.infer<typeof BackupFile>, 'data'> & { data: BackupData };

/** Every store a backup holds: the whole workspace, people and organisations before what refers to them. */
export const BACKUP_STORES = ALL_STORES;

export interface BackupProblem {
  /** Where in the file, e.g. "data.contacts[3].emails[0]"; "" for the file as a whole. */
  path: string;
  code: ImportErrorCode;
  /** Developer-facing: the validation issue. */
  message: string;
}

export type BackupValidation =
  | { ok: true; backup: Backup; migratedFrom: number }
  | { ok: false; problems: BackupProblem[] };

export function createBackup(data: BackupData, now: number): Backup {
  return {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt: new Date(now).toISOString(),
    data,
  };
}

export function serialiseBackup(backup: Backup): string {
  return JSON.stringify(backup);
}

/**
 * Checks the WHOLE file before anything is written: migrates older versions, validates every
 * record against the current schemas and reports duplicate ids, returning every problem found.
 * Accepts the file's text or an already parsed value.
 */
export function validateBackup(json: unknown): BackupValidation {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (cause) {
      return fileProblem('not-json', `Not JSON: ${String(cause)}`);
    }
  }
  let migrated: ReturnType<typeof migrateBackup>;
  try {
    migrated = migrateBackup(value);
  } catch (error) {
    if (isImportError(error)) return fileProblem(error.code, error.message);
    throw error;
  }
  const parsed = BackupFile.safeParse(migrated.document);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        code: 'invalid-backup',
        message: describeIssue(issue),
      })),
    };
  }
  const { complaints = [], feedback = [], ...rest } = parsed.data.data;
  const backup: Backup = { ...parsed.data, data: { ...rest, complaints, feedback } };
  const duplicates = duplicateIds(backup.data);
  if (duplicates.length > 0) return { ok: false, problems: duplicates };
  return { ok: true, backup, migratedFrom: migrated.fromVersion };
}

/** Two records with one id would make the restore fail half-way. */
function duplicateIds(data: BackupData): BackupProblem[] {
  const problems: BackupProblem[] = [];
  for (const store of BACKUP_STORES) {
    const seen = new Map<string, number>();
    data[store].forEach((record, index) => {
      const first = seen.get(record.id);
      if (first === undefined) seen.set(record.id, index);
      else {
        problems.push({
          path: `data.${store}[${index}].id`,
          code: 'duplicate-id',
          message: `id "${record.id}" already used by data.${store}[${first}]`,
        });
      }
    });
  }
  return problems;
}

function fileProblem(code: ImportErrorCode, message: string): BackupValidation {
  return { ok: false, problems: [{ path: '', code, message }] };
}

/** ["data", "contacts", 3, "emails", 0] -> "data.contacts[3].emails[0]" */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const details: string[] = [issue.code];
  if ('expected' in issue && issue.expected !== undefined) details.push(`expected ${String(issue.expected)}`);
  if ('format' in issue && issue.format !== undefined) details.push(`format ${String(issue.format)}`);
  if ('keys' in issue && Array.isArray(issue.keys)) details.push(`keys ${issue.keys.join(', ')}`);
  if (issue.message && issue.message !== 'Invalid input') details.push(issue.message);
  return details.join(': ');
}
