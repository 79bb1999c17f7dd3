import * as z from 'zod/mini';
import { Email, Id, Name } from '../../schema/primitives';

export const contactVerbs = {
  'contact.lookup': { input: z.object({ emails: z.array(Email).check(z.maxLength(500)) }) },
  'contact.get': { input: z.object({ id: Id }) },
  'contact.create': {
    input: z.object({
      name: Name,
      email: z.optional(Email),
      title: z.optional(Name),
      orgName: z.optional(Name),
      source: z.enum(['gmail', 'linkedin', 'manual', 'popup']),
    }),
  },
  'contact.search': {
    input: z.object({
      query: z.string().check(z.maxLength(200)),
      limit: z.number().check(z.int(), z.minimum(1), z.maximum(100)),
    }),
  },
  'contacts.recent': { input: z.object({ limit: z.number().check(z.int(), z.minimum(1), z.maximum(20)) }) },
} as const;
