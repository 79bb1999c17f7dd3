import * as z from 'zod/mini';
import { COMPLAINT_OUTCOMES, COMPLAINT_STEPS, SEVERITIES } from '../crm/types';
import { Epoch, Id, Name, Text, Tier } from './primitives';
import { authorship } from './records';

export const ComplaintState = z.object({
  receivedAt: Epoch,
  severity: z.enum(SEVERITIES),
  tier: Tier,
  category: Name,
  steps: z.array(
    z.object({ step: z.enum(COMPLAINT_STEPS), dueAt: Epoch, doneAt: z.nullable(Epoch), note: z.nullable(Text) }),
  ),
  closed: z.nullable(
    z.object({ at: Epoch, outcome: z.enum(COMPLAINT_OUTCOMES), satisfiedAfter: z.nullable(z.boolean()) }),
  ),
});

/** A complaint and its four-step handling (acknowledge, investigate, resolve, follow up). */
export const Complaint = z.object({
  id: Id,
  contactId: Id,
  description: Text,
  state: ComplaintState,
  /** 1 while open: an index over open complaints only. */
  open: z.optional(z.literal(1)),
  ...authorship,
  createdAt: Epoch,
  updatedAt: Epoch,
});

/** What the customer told us: satisfaction (expectation vs perceived), CSAT or NPS. */
export const Feedback = z.object({
  id: Id,
  contactId: Id,
  at: Epoch,
  kind: z.enum(['satisfaction', 'csat', 'nps']),
  /** 1–10, for kind "satisfaction". */
  expectation: z.optional(z.number().check(z.minimum(1), z.maximum(10))),
  perceived: z.optional(z.number().check(z.minimum(1), z.maximum(10))),
  /** 1–5 for CSAT, 0–10 for NPS. */
  score: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(10))),
  comment: z.optional(Text),
  ...authorship,
});

export type Complaint = z.infer<typeof Complaint>;
export type Feedback = z.infer<typeof Feedback>;
