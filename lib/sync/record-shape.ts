import * as z from 'zod/mini';
import { DERIVED_FIELDS } from '../db/revisions/put';
import { Complaint, Feedback } from '../schema/crm-records';
import { Contact, Deal, Interaction, Note, Organisation } from '../schema/records';
import type { StoreName } from '../schema/stores';

/** A store's schema without the fields each rep derives for itself: the record as a teammate sends it. */
function asSent<Shape extends z.core.$ZodLooseShape>(schema: z.ZodMiniObject<Shape>): z.ZodMiniType {
  const derived = Object.fromEntries(
    Object.keys(schema.shape)
      .filter((name) => DERIVED_FIELDS.has(name))
      .map((name) => [name, true]),
  );
  return z.omit(schema, derived as never);
}

const SENT: Record<StoreName, z.ZodMiniType> = {
  contacts: asSent(Contact),
  organisations: asSent(Organisation),
  interactions: asSent(Interaction),
  deals: asSent(Deal),
  notes: asSent(Note),
  complaints: asSent(Complaint),
  feedback: asSent(Feedback),
};

/**
 * Whether a record from the team database has its store's shape, as a record written here would: one that does
 * not (a teammate's broken or hostile client) is rejected like a tampered document, never written.
 */
export function hasStoreShape(store: StoreName, record: unknown): boolean {
  return z.safeParse(SENT[store], record).success;
}
