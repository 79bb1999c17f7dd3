import * as z from 'zod/mini';
import { COMPLAINT_OUTCOMES, COMPLAINT_STEPS, SEVERITIES, WIN_BACK_STEP_CODES } from '../../crm/types';
import { Feedback } from '../../schema/crm-records';
import { CustomerType, Directness, Epoch, Id, Name, Stage, Text, Tier } from '../../schema/primitives';
import { Organisation } from '../../schema/records';

const Share = z.number().check(z.minimum(0), z.maximum(1));
const CadenceDays = z.number().check(z.int(), z.minimum(1), z.maximum(3650));

export const crmVerbs = {
  /** Everything the contact page shows. */
  'contact.detail': { input: z.object({ id: Id }) },
  'contact.update': {
    input: z.object({
      id: Id,
      patch: z.object({
        customerType: z.optional(CustomerType),
        directness: z.optional(Directness),
        title: z.optional(Name),
        orgName: z.optional(Name),
        ownerNotes: z.optional(Text),
        tags: z.optional(z.array(Name).check(z.maxLength(50))),
        bad: z.optional(z.boolean()),
        neverLog: z.optional(z.boolean()),
      }),
    }),
  },
  /** null clears the override; a blank reason is refused. */
  'contact.overrideTier': {
    input: z.object({ id: Id, override: z.nullable(z.object({ tier: Tier, reason: Text })) }),
  },
  'contact.overrideStage': {
    input: z.object({ id: Id, override: z.nullable(z.object({ stage: Stage, reason: Text })) }),
  },
  'contact.setNextStep': {
    input: z.object({
      id: Id,
      nextStep: z.nullable(z.object({ text: Text, due: Epoch, code: z.optional(z.enum(WIN_BACK_STEP_CODES)) })),
    }),
  },
  'organisation.get': { input: z.object({ id: Id }) },
  'organisation.update': {
    input: z.object({
      id: Id,
      patch: z.object({
        industry: z.optional(Name),
        address: z.optional(Text),
        size: z.optional(z.nullable(Organisation.shape.size.def.innerType)),
        decisionMakerIds: z.optional(z.array(Id).check(z.maxLength(100))),
      }),
    }),
  },
  'complaint.open': {
    input: z.object({
      contactId: Id,
      description: Text,
      category: Name,
      severity: z.enum(SEVERITIES),
      receivedAt: z.optional(Epoch),
    }),
  },
  'complaint.advance': {
    input: z.object({ id: Id, step: z.enum(COMPLAINT_STEPS), at: z.optional(Epoch), note: z.optional(Text) }),
  },
  'complaint.close': {
    input: z.object({
      id: Id,
      outcome: z.enum(COMPLAINT_OUTCOMES),
      satisfiedAfter: z.nullable(z.boolean()),
      at: z.optional(Epoch),
    }),
  },
  /** One contact's complaints, or every open one. */
  'complaint.list': { input: z.union([z.object({ contactId: Id }), z.object({ open: z.literal(true) })]) },
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
  },
  'feedback.list': { input: z.object({ contactId: Id }) },
  'loyalty.summary': { input: z.object({ contactId: Id }) },
  'atRisk.list': {
    input: z.object({
      limit: z.number().check(z.int(), z.minimum(1), z.maximum(1000)),
      includeLow: z.optional(z.boolean()),
    }),
  },
  /** The first step of the contact's win-back plan becomes their next step. */
  'winBack.apply': { input: z.object({ contactId: Id }) },
  /** Today's follow-ups: planned next steps and tier cadence, merged. */
  'followups.due': {
    input: z.object({
      withinDays: z.number().check(z.int(), z.minimum(0), z.maximum(365)),
      limit: z.number().check(z.int(), z.minimum(1), z.maximum(500)),
    }),
  },
  'crmSettings.get': { input: z.object({}) },
  'crmSettings.set': {
    input: z.object({
      cuts: z.object({ S: Share, A: Share, B: Share }),
      cadence: z.object({ S: CadenceDays, A: CadenceDays, B: CadenceDays, C: CadenceDays }),
    }),
  },
} as const;
