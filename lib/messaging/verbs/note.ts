import * as z from 'zod/mini';
import { Id, MAX_TEXT, Url } from '../../schema/primitives';

export const noteVerbs = {
  'note.add': {
    input: z.object({
      contactId: z.optional(Id),
      text: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_TEXT)),
      url: z.optional(Url),
    }),
  },
  'note.list': {
    input: z.object({
      contactId: z.union([Id, z.literal('')]),
      limit: z.number().check(z.int(), z.minimum(1), z.maximum(500)),
    }),
  },
  'note.delete': { input: z.object({ id: Id }) },
  'note.search': {
    input: z.object({
      query: z.string().check(z.minLength(1), z.maxLength(200)),
      limit: z.number().check(z.int(), z.minimum(1), z.maximum(50)),
    }),
  },
} as const;
