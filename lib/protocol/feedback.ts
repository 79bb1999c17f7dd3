import * as z from 'zod/mini';
import { Feedback } from '../schema/crm-records';
import { Epoch, Id, Text } from '../schema/primitives';
import { returns } from './returns';

export const feedbackVerbs = {
  'feedback.add': {
    input: z.object({
      contactId: Id,
      kind: Feedback.shape.kind,
      expectation: z.optional(z.number()),
      perceived: z.optional(z.number()),
      score: z.optional(z.number()),
      comment: z.optional(Text),
      at: z.optional(Epoch),
    }),
    output: returns<z.infer<typeof Feedback>>(),
  },
} as const;
