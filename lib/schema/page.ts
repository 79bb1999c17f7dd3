import * as z from 'zod/mini';
import type { DetectedPage as DetectedPageType } from '../sites/types';
import { Email, Epoch, Name, Url } from './primitives';

const Key = z.string().check(z.maxLength(300));

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
});

export const DetectedPage = z.object({
  site: z.enum(['gmail', 'linkedin']),
  kind: z.enum(['thread', 'compose', 'profile', 'list', 'none']),
  url: Url,
  account: z.nullable(Email),
  threadId: z.optional(Key),
  subject: z.optional(z.string().check(z.maxLength(1000))),
  people: z.array(DetectedPerson).check(z.maxLength(500)),
  messages: z.array(DetectedMessage).check(z.maxLength(1000)),
  problems: z.array(Key).check(z.maxLength(50)),
});

// Keeps the hand-written page types and the schema from drifting apart.
const _sameShape: (p: z.infer<typeof DetectedPage>) => DetectedPageType = (p) => p;
void _sameShape;
