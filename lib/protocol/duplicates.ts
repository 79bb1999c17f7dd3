import * as z from 'zod/mini';
import { Id } from '../schema/primitives';
import { returns } from './returns';
import type { ContactCard, DuplicateSuggestion } from './views';

/** A merge the user can still take back. */
export interface RecentMerge {
  id: string;
  at: number;
  keep: { id: string; name: string };
  drop: { id: string; name: string };
}

export const duplicateVerbs = {
  /** Pairs of contacts that are probably one person. */
  'duplicates.list': {
    input: z.object({ limit: z.number().check(z.int(), z.minimum(1), z.maximum(500)) }),
    output: returns<DuplicateSuggestion[]>(),
  },
  /** "Not the same person": the pair is not suggested again. */
  'duplicates.dismiss': { input: z.object({ a: Id, b: Id }), output: returns<true>() },
  /** Merges `dropId` into `keepId`, only on the user's confirmation; the answer carries the undo id. */
  'duplicates.merge': {
    input: z.object({ keepId: Id, dropId: Id }),
    output: returns<{ undoId: string; card: ContactCard }>(),
  },
  'duplicates.undoMerge': { input: z.object({ id: Id }), output: returns<{ keepId: string; dropId: string }>() },
  'duplicates.recentMerges': { input: z.object({}), output: returns<RecentMerge[]>() },
} as const;
