import * as z from 'zod/mini';
import type { DetectedPage as DetectedPageType, SentEmail as SentEmailType } from '../sites/types';
import { Email, Epoch, Name, Url } from './primitives';

const Key = z.string().check(z.maxLength(300));
const Site = z.enum(['gmail', 'linkedin', 'outlook', 'web']);

/** What a content script reports; parsed again on arrival because the page can shape it. */
export const DetectedPerson = z.object({
  name: Name,
  email: z.union([Email, z.literal('')]),
  role: z.enum(['from', 'to', 'cc', 'bcc', 'profile', 'participant']),
  profileUrl: z.optional(Url),
  company: z.optional(Name),
  title: z.optional(Name),
});

export const DetectedMessage = z.object({
  id: Key,
  fromEmail: z.union([Email, z.literal('')]),
  toEmails: z.array(Email).check(z.maxLength(500)),
  at: z.nullable(Epoch),
  fromName: z.optional(Name),
});

export const DetectedDraft = z.object({
  id: Key,
  subject: z.string().check(z.maxLength(1000)),
  people: z.array(DetectedPerson).check(z.maxLength(500)),
});

export const DetectedOrganisation = z.object({
  name: Name,
  url: z.optional(Url),
  domain: z.optional(z.string().check(z.maxLength(253))),
});

export const DetectedConversation = z.object({
  id: Key,
  people: z.array(DetectedPerson).check(z.maxLength(50)),
  messages: z.array(DetectedMessage).check(z.maxLength(1000)),
  threadId: z.optional(Key),
});

export const FieldReading = z.object({
  field: z.string().check(z.maxLength(40)),
  by: z.string().check(z.maxLength(40)),
  fallback: z.boolean(),
});

export const DetectedPage = z.object({
  site: Site,
  kind: z.enum(['thread', 'compose', 'profile', 'list', 'none']),
  url: Url,
  account: z.nullable(Email),
  threadId: z.optional(Key),
  subject: z.optional(z.string().check(z.maxLength(1000))),
  people: z.array(DetectedPerson).check(z.maxLength(500)),
  messages: z.array(DetectedMessage).check(z.maxLength(1000)),
  drafts: z.optional(z.array(DetectedDraft).check(z.maxLength(20))),
  organisation: z.optional(DetectedOrganisation),
  conversations: z.optional(z.array(DetectedConversation).check(z.maxLength(10))),
  readings: z.optional(z.array(FieldReading).check(z.maxLength(20))),
  problems: z.array(Key).check(z.maxLength(50)),
});

export const SentEmail = z.object({
  site: Site,
  draftId: Key,
  subject: z.string().check(z.maxLength(1000)),
  account: z.nullable(Email),
  people: z.array(DetectedPerson).check(z.minLength(1), z.maxLength(500)),
  at: Epoch,
  url: Url,
});

// Keeps the hand-written page types and the schemas from drifting apart.
const _sameShape: (p: z.infer<typeof DetectedPage>) => DetectedPageType = (p) => p;
const _sameSent: (p: z.infer<typeof SentEmail>) => SentEmailType = (p) => p;
void _sameShape;
void _sameSent;
