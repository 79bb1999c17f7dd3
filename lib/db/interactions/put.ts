/**
 * The ONE door to the interactions store. The timeline index entries ([contactId, at] per person) are
 * derived here from contactIds and at, so they always agree with them.
 */
import type { Interaction } from '../../schema/records';
import { type RevisionsTx, stampLocalWrite } from '../revisions/put';
import type { WriteTx } from '../write-tx';
import { authored } from '../writer';

export type InteractionsTx = WriteTx<'interactions', Interaction> & RevisionsTx;

export function interactionAsStored(i: Interaction): Interaction {
  return { ...i, timeline: i.contactIds.map((id) => [id, i.at] as [string, number]) };
}

export async function putInteraction(tx: InteractionsTx, interaction: Interaction): Promise<Interaction> {
  const stored = interactionAsStored(interaction);
  await Promise.all([
    tx.objectStore('interactions').put(stored),
    stampLocalWrite(tx, 'interactions', stored.id, stored),
  ]);
  return stored;
}

/** Adds an interaction that must not exist yet; its unique sourceKey makes a second log of one message fail. */
export async function addInteraction(tx: InteractionsTx, interaction: Interaction): Promise<Interaction> {
  const stored = interactionAsStored(authored(interaction, true));
  await Promise.all([
    tx.objectStore('interactions').add(stored),
    stampLocalWrite(tx, 'interactions', stored.id, stored),
  ]);
  return stored;
}

/** A local edit of an interaction (its privacy): the writer stamped. */
export function editInteraction(tx: InteractionsTx, interaction: Interaction): Promise<Interaction> {
  return putInteraction(tx, authored(interaction, false));
}

export async function deleteInteraction(tx: InteractionsTx, id: string): Promise<void> {
  await tx.objectStore('interactions').delete(id);
  await stampLocalWrite(tx, 'interactions', id, null);
}

export function clearInteractions(tx: InteractionsTx): Promise<void> {
  return tx.objectStore('interactions').clear();
}
