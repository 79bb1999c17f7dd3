/**
 * The ONE door to the interactions store. The timeline index entries ([contactId, at] per person) are
 * derived here from contactIds and at, so they always agree with them; each contact's touch aggregates
 * (lib/db/interactions/touches.ts) follow every write in the same transaction.
 */
import type { Interaction } from '../../schema/records';
import { type RevisionsTx, stampLocalWrite } from '../revisions/put';
import type { WritableStore } from '../write-tx';
import { authored } from '../writer';
import { clearTouches, followInteraction, type TouchesTx, touchesIn } from './touches-door';

export interface InteractionsStore extends WritableStore<Interaction> {
  get(id: string): Promise<Interaction | undefined>;
}

export type InteractionsTx = { objectStore(name: 'interactions'): InteractionsStore } & TouchesTx & RevisionsTx;

export function interactionAsStored(i: Interaction): Interaction {
  return { ...i, timeline: i.contactIds.map((id) => [id, i.at] as [string, number]) };
}

/** `before`: the stored version, when the caller has just read it in this transaction (null: none). */
export async function putInteraction(
  tx: InteractionsTx,
  interaction: Interaction,
  before?: Interaction | null,
): Promise<Interaction> {
  const stored = interactionAsStored(interaction);
  const store = tx.objectStore('interactions');
  const previous = before === undefined ? await store.get(stored.id) : (before ?? undefined);
  await Promise.all([
    store.put(stored),
    stampLocalWrite(tx, 'interactions', stored.id, stored),
    followInteraction(tx, previous, stored),
  ]);
  return stored;
}

/**
 * Starts reading the touch aggregates a write of this interaction will change, so that the write finds
 * them read: a caller that reads other records first (a pull's slice) saves a round trip.
 */
export function readAheadFor(tx: InteractionsTx, interaction: Pick<Interaction, 'contactIds'>): void {
  for (const contactId of interaction.contactIds) touchesIn(tx, contactId).catch(() => undefined);
}

/** Adds an interaction that must not exist yet; its unique sourceKey makes a second log of one message fail. */
export async function addInteraction(tx: InteractionsTx, interaction: Interaction): Promise<Interaction> {
  const stored = interactionAsStored(authored(interaction, true));
  await Promise.all([
    tx.objectStore('interactions').add(stored),
    stampLocalWrite(tx, 'interactions', stored.id, stored),
    followInteraction(tx, undefined, stored),
  ]);
  return stored;
}

/** A local edit of an interaction (its privacy): the writer stamped. */
export function editInteraction(tx: InteractionsTx, interaction: Interaction): Promise<Interaction> {
  return putInteraction(tx, authored(interaction, false));
}

export async function deleteInteraction(tx: InteractionsTx, id: string): Promise<void> {
  const store = tx.objectStore('interactions');
  const before = await store.get(id);
  await Promise.all([store.delete(id), followInteraction(tx, before, undefined)]);
  await stampLocalWrite(tx, 'interactions', id, null);
}

export async function clearInteractions(tx: InteractionsTx): Promise<void> {
  await Promise.all([tx.objectStore('interactions').clear(), clearTouches(tx)]);
}
