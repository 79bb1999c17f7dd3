/**
 * Field-level merge of concurrent versions of one record: each field is taken from the version whose
 * clock for that field is latest; edits to different fields are all kept. A deletion wins over edits
 * older than it and loses to later ones. Pure, and the same on every rep for the same inputs.
 */
import { DELETION_FIELD, type Revision } from '../db/revisions/put';

export interface Version {
  revision: Revision;
  record: Record<string, unknown> | null;
}

/**
 * The clock of a rep's deletion (its deletion field). A tombstone without one deletes nothing in a merge:
 * one that closed a merge's losing branch, or a deletion written before deletions had clocks.
 */
function deletedAt(version: Version): string {
  return version.revision.fields[DELETION_FIELD]?.[0] ?? '';
}

/**
 * A tombstone a merge wrote to close its losing branch (it keeps that branch's field clocks, and the merge
 * kept that branch's edits): no news for a rep that reads it, so it is not merged again.
 */
export function closesBranch(version: Version): boolean {
  const { deleted, fields } = version.revision;
  return Boolean(deleted) && !(DELETION_FIELD in fields) && Object.keys(fields).length > 0;
}

export function mergeVersions(versions: readonly Version[]): {
  record: Record<string, unknown> | null;
  fields: Revision['fields'];
} {
  const live = versions.filter((v) => v.record && !v.revision.deleted);
  const tombstones = versions.filter((v) => !v.record || v.revision.deleted);
  const fields: Revision['fields'] = {};
  const record: Record<string, unknown> = {};
  for (const version of live) {
    const values = version.record ?? {};
    for (const [name, clock] of Object.entries(version.revision.fields)) {
      const best = fields[name];
      if (!best || clock[0] > best[0] || (clock[0] === best[0] && clock[1] > best[1])) {
        fields[name] = clock;
        record[name] = values[name];
      }
    }
  }
  const latestEdit = Object.values(fields).reduce((max, [hlc]) => (hlc > max ? hlc : max), '');
  const deletion = tombstones.reduce<Version | undefined>(
    (latest, v) => (deletedAt(v) > (latest ? deletedAt(latest) : '') ? v : latest),
    undefined,
  );
  if (deletion && deletedAt(deletion) >= latestEdit) return { record: null, fields: deletion.revision.fields };
  if (live.length === 0) return { record: null, fields: {} };
  return { record, fields };
}

/** CouchDB's winning-revision order: higher generation first, then the larger hash. */
export function winnerFirst(a: string, b: string): number {
  const [na, ha] = [Number.parseInt(a, 10), a.slice(a.indexOf('-') + 1)];
  const [nb, hb] = [Number.parseInt(b, 10), b.slice(b.indexOf('-') + 1)];
  return nb - na || (hb > ha ? 1 : hb < ha ? -1 : 0);
}
