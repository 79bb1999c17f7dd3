import { normaliseEmail } from '../identity/email';
import { ImportError } from './errors';

export const BACKUP_FORMAT = 'rapport-backup';
export const ENCRYPTED_BACKUP_FORMAT = 'rapport-encrypted-backup';
/** Bump when the stored records change shape, and add a step to MIGRATIONS. */
export const BACKUP_SCHEMA_VERSION = 1;

type JsonObject = { [key: string]: unknown };

/**
 * MIGRATIONS[n] turns a version-n document into version n+1. Steps work on plain JSON and
 * leave anything they do not understand alone: validation afterwards reports it.
 */
const MIGRATIONS: readonly ((doc: JsonObject) => void)[] = [
  // 0 -> 1: a contact had one `email` string; now `emails` is a list of normalised addresses.
  (doc) => {
    for (const contact of records(doc, 'contacts')) {
      if (!('email' in contact)) continue;
      const email = contact.email;
      delete contact.email;
      // The search tokens that cover addresses are recomputed by the database's contacts door on restore.
      contact.emails = typeof email === 'string' && email.trim() ? [normaliseEmail(email)] : [];
    }
  },
];

export interface MigratedBackup {
  /** The document in the current version, still unvalidated. */
  document: JsonObject;
  fromVersion: number;
}

/**
 * Brings a parsed backup up to BACKUP_SCHEMA_VERSION without touching the input. Throws
 * ImportError 'encrypted-backup', 'not-a-backup' or 'unsupported-version' (made by a newer app).
 */
export function migrateBackup(json: unknown): MigratedBackup {
  if (!isObject(json)) throw new ImportError('not-a-backup', 'A backup is a JSON object');
  if (json.format === ENCRYPTED_BACKUP_FORMAT) {
    throw new ImportError('encrypted-backup', 'This backup is encrypted: decrypt it with its passphrase first');
  }
  if (json.format !== BACKUP_FORMAT) throw new ImportError('not-a-backup', `Unknown format ${String(json.format)}`);
  const version = json.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new ImportError('not-a-backup', 'The backup has no valid schemaVersion');
  }
  if (version > BACKUP_SCHEMA_VERSION) {
    throw new ImportError(
      'unsupported-version',
      `Backup schema version ${version} is newer than this app understands (${BACKUP_SCHEMA_VERSION}): update Rapport`,
    );
  }
  const document: JsonObject = structuredClone(json);
  for (let v = version; v < BACKUP_SCHEMA_VERSION; v++) {
    MIGRATIONS[v]?.(document);
    document.schemaVersion = v + 1;
  }
  return { document, fromVersion: version };
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function records(doc: JsonObject, store: string): JsonObject[] {
  const data = doc.data;
  const list = isObject(data) ? data[store] : undefined;
  return Array.isArray(list) ? list.filter(isObject) : [];
}
