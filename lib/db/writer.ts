/**
 * Who is writing: the rep's name, stamped by the store doors on every local edit (`createdBy` kept from
 * the first write, `changedBy` each time). The background keeps it current from the settings before any
 * write, so a door reads it synchronously inside its transaction. Empty while the rep has no name:
 * nothing is stamped then. Writes that are not edits (a restore, a record from the team, derived data)
 * keep the names the record carries.
 */
let current = '';

export function setWriter(name: string): void {
  current = name.trim();
}

export function writer(): string {
  return current;
}

interface Authored {
  createdBy?: string;
  changedBy?: string;
}

/**
 * The record stamped with the current writer, when there is one: always as who changed it, as who
 * created it only when this write creates it (a record from before names were kept gets none invented).
 */
export function authored<T extends Authored>(record: T, creates: boolean): T {
  const by = current;
  if (!by) return record;
  const stamped = { ...record, changedBy: by };
  if (creates && !record.createdBy) stamped.createdBy = by;
  return stamped;
}

/** Whether a put with this stamp creates the record: new records are made with createdAt = the write's time. */
export const createdAt = (record: { createdAt: number }, now: number) => record.createdAt === now;
