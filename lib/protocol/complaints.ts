import * as z from 'zod/mini';
import { COMPLAINT_OUTCOMES, COMPLAINT_STEPS, SEVERITIES } from '../crm/types';
import { Epoch, Id, Name, Text } from '../schema/primitives';
import { returns } from './returns';
import type { ComplaintView } from './views';

export const complaintVerbs = {
  'complaints.open': {
    input: z.object({
      contactId: Id,
      description: Text,
      category: Name,
      severity: z.enum(SEVERITIES),
      receivedAt: z.optional(Epoch),
    }),
    output: returns<ComplaintView>(),
  },
  'complaints.advance': {
    input: z.object({ id: Id, step: z.enum(COMPLAINT_STEPS), at: z.optional(Epoch), note: z.optional(Text) }),
    output: returns<ComplaintView>(),
  },
  'complaints.close': {
    input: z.object({
      id: Id,
      outcome: z.enum(COMPLAINT_OUTCOMES),
      satisfiedAfter: z.nullable(z.boolean()),
      at: z.optional(Epoch),
    }),
    output: returns<ComplaintView>(),
  },
  /** One contact's complaints, or every open one. */
  'complaints.list': {
    input: z.union([z.object({ contactId: Id }), z.object({ open: z.literal(true) })]),
    output: returns<ComplaintView[]>(),
  },
} as const;
