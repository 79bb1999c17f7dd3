/**
 * Merging two contacts that are one person: the merged record and an undo record. Pure: the database
 * write (put merged, delete drop, re-point interactions/deals/notes, store the undo record) is done elsewhere.
 */
import { MAX_TEXT } from '../schema/primitives';
import type { Contact } from '../schema/records';
import { canonicalEmail } from './email';

/** The fields a merge needs; a full `Contact` fits, and so does any record with extra fields. */
export interface ContactLike {
  id: string;
  name: string;
  emails: string[];
  phones?: string[];
  tags?: string[];
  ownerNotes?: string;
  createdAt: number;
  updatedAt?: number;
}

export interface MergePlan<C extends ContactLike = Contact> {
  /** Keep's id and fields, completed from drop. */
  merged: C;
  /** The contact to delete once its links point at `merged.id`. */
  removeId: string;
  /** Both originals, untouched (deep copies), to restore on undo. */
  undo: { keep: C; drop: C };
}

const isEmpty = (v: unknown): boolean => v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length);

/** Union in order (keep's first), one entry per key. */
function union(a: unknown[], b: unknown[], key: (v: unknown) => unknown = (v) => v): unknown[] {
  const seen = new Set<unknown>();
  return [...a, ...b].filter((v) => {
    const k = key(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** How each list field is compared: emails by canonical form, phones by digits, tags case-insensitively. */
const LIST_KEYS: Record<string, (v: unknown) => unknown> = {
  emails: (v) => canonicalEmail(String(v)),
  phones: (v) => String(v).replace(/[^\d+]/g, '') || v,
  tags: (v) => String(v).trim().toLowerCase(),
};

/**
 * Plans merging `drop` into `keep`: keep's id; every list field (emails, phones, tags, …) the union, keep's
 * entries first, without repeats; the earliest createdAt and latest updatedAt; true if either is true for
 * flags (bad, neverLog: a "do not log" must survive a merge); both owner notes when they differ (capped at
 * MAX_TEXT); keep's organisation (id and name together) if it has one; keep's value for every other field
 * unless it is empty, else drop's. Throws on the same id.
 */
export function planMerge<C extends ContactLike>(keep: C, drop: C): MergePlan<C> {
  if (keep.id === drop.id) throw new Error('planMerge: a contact cannot be merged with itself');
  const k = keep as unknown as Record<string, unknown>;
  const d = drop as unknown as Record<string, unknown>;
  const merged: Record<string, unknown> = {};
  for (const f of new Set([...Object.keys(k), ...Object.keys(d)])) {
    const a = k[f];
    const b = d[f];
    if (Array.isArray(a) && Array.isArray(b)) merged[f] = union(a, b, LIST_KEYS[f]);
    else if (typeof a === 'boolean' && typeof b === 'boolean') merged[f] = a || b;
    else merged[f] = isEmpty(a) ? b : a;
  }
  // The organisation id and name go together: keep's pair if it has either.
  if (!isEmpty(k.orgId) || !isEmpty(k.orgName)) Object.assign(merged, { orgId: k.orgId, orgName: k.orgName });
  merged.id = keep.id;
  merged.createdAt = Math.min(keep.createdAt, drop.createdAt);
  if (keep.updatedAt !== undefined || drop.updatedAt !== undefined)
    merged.updatedAt = Math.max(keep.updatedAt ?? 0, drop.updatedAt ?? 0);
  const notes = [keep.ownerNotes, drop.ownerNotes].map((n) => n?.trim()).filter(Boolean);
  if (notes.length === 2 && notes[0] !== notes[1]) merged.ownerNotes = notes.join('\n\n').slice(0, MAX_TEXT);
  for (const f of Object.keys(merged)) if (merged[f] === undefined) delete merged[f];
  return {
    merged: structuredClone(merged) as C,
    removeId: drop.id,
    undo: { keep: structuredClone(keep), drop: structuredClone(drop) },
  };
}
