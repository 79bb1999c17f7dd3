import * as z from 'zod/mini';
import { Id } from '../schema/primitives';
import { MAX_CHUNK_ROWS, Store } from './jobs';
import { returns } from './returns';
import type { StorePage } from './views';

export const exportVerbs = {
  /** Records of one store after an id, in pages small enough for one message. */
  'export.page': {
    input: z.object({
      store: Store,
      after: z.optional(Id),
      limit: z.number().check(z.int(), z.minimum(1), z.maximum(MAX_CHUNK_ROWS)),
    }),
    output: returns<StorePage>(),
  },
} as const;
