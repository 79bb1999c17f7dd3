import type { Interaction } from '../../schema/records';
import type { CrmDb } from '../open';
import { editInteraction } from './put';

/** Makes an interaction private (deleted for the team if it was shared) or shares it again; null if it is gone. */
export async function setInteractionPrivate(db: CrmDb, id: string, keepPrivate: boolean): Promise<Interaction | null> {
  const tx = db.transaction(['interactions', 'contactTouches', 'revisions'], 'readwrite');
  const interaction = await tx.objectStore('interactions').get(id);
  if (!interaction) {
    await tx.done;
    return null;
  }
  const { private: _was, ...rest } = interaction;
  const stored = await editInteraction(tx, keepPrivate ? { ...rest, private: true } : rest);
  await tx.done;
  return stored;
}
