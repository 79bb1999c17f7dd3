/**
 * What the duplicates tools remember between requests: the recent merges (to undo them) and the pairs the
 * user said are different people. Kept in extension storage: the background may stop at any time.
 */

import { dismissedDuplicatesItem, recentMergesItem } from '@/lib/settings';
import type { MergeUndo } from './merge';

const KEEP_MERGES = 20;
const KEEP_DISMISSED = 5000;

export async function rememberMerge(undo: MergeUndo): Promise<void> {
  const merges = await recentMergesItem.getValue();
  await recentMergesItem.setValue([undo, ...merges].slice(0, KEEP_MERGES));
}

/** Takes the merge out of the list and returns it, or undefined when it is not there (already undone). */
export async function takeMerge(id: string): Promise<MergeUndo | undefined> {
  const merges = await recentMergesItem.getValue();
  const found = merges.find((m) => m.id === id);
  if (found) await recentMergesItem.setValue(merges.filter((m) => m.id !== id));
  return found;
}

export async function dismissPair(key: string): Promise<void> {
  const keys = await dismissedDuplicatesItem.getValue();
  if (!keys.includes(key)) await dismissedDuplicatesItem.setValue([key, ...keys].slice(0, KEEP_DISMISSED));
}
