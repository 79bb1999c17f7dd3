import * as z from 'zod/mini';
import { Id, MAX_TEXT, Url } from '../schema/primitives';
import type { Note } from '../schema/records';
import { returns } from './returns';
import type { NoteHit } from './views';

export const noteVerbs = {
  'notes.add': {
    input: z.object({
      contactId: z.optional(Id),
      text: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_TEXT)),
      url: z.optional(Url),
      /** Kept on this machine only: never sent to the team. */
      private: z.optional(z.boolean()),
    }),
    output: returns<Note>(),
  },
  /** Makes a note private (deleted for the team if it was shared) or shares it again; null if it is gone. */
  'notes.setPrivate': { input: z.object({ id: Id, private: z.boolean() }), output: returns<Note | null>() },
  /** A contact's notes, or with '' the notes filed under no contact. */
  'notes.list': {
    input: z.object({
      contactId: z.union([Id, z.literal('')]),
      limit: z.number().check(z.int(), z.minimum(1), z.maximum(500)),
    }),
    output: returns<Note[]>(),
  },
  'notes.delete': { input: z.object({ id: Id }), output: returns<true>() },
  'notes.search': {
    input: z.object({
      query: z.string().check(z.minLength(1), z.maxLength(200)),
      limit: z.number().check(z.int(), z.minimum(1), z.maximum(50)),
    }),
    output: returns<NoteHit[]>(),
  },
} as const;
