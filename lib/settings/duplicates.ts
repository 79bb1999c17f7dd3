/**
 * What the duplicates tools remember between requests: the recent merges (to undo them) and the pairs the
 * user said are different people. Kept in extension storage: the background may stop at any time.
 */
import { storage } from 'wxt/utils/storage';
import type { MergeUndo } from '../db/contacts/merge';

export const recentMergesItem = storage.defineItem<MergeUndo[]>('local:recentMerges', { fallback: [], version: 1 });
export const dismissedDuplicatesItem = storage.defineItem<string[]>('local:dismissedDuplicates', {
  fallback: [],
  version: 1,
});
