import * as z from 'zod/mini';
import { DetectedMessage, DetectedPerson, SentEmail } from '../schema/page';
import { Email, Id, Url } from '../schema/primitives';
import type { Interaction } from '../schema/records';
import { returns } from './returns';
import type { LogThreadResult, TouchResult } from './views';

const Ids = z.array(Id).check(z.maxLength(5000));
const Key = z.string().check(z.maxLength(300));

/** What a logged sent email did, and whom it was logged for (names, else addresses). */
export interface SentLogged extends LogThreadResult {
  loggedFor: string[];
}

export const interactionVerbs = {
  /** The conversation open on a page, logged for its people (saved if new): messages are idempotent by id. */
  'interactions.logThread': {
    input: z.object({
      site: z.enum(['gmail', 'linkedin', 'outlook', 'web']),
      account: z.nullable(Email),
      threadId: z.optional(z.string().check(z.maxLength(300))),
      subject: z.optional(z.string().check(z.maxLength(1000))),
      url: z.optional(Url),
      people: z.array(DetectedPerson).check(z.maxLength(500)),
      messages: z.array(DetectedMessage).check(z.minLength(1), z.maxLength(1000)),
      /** Kept on this machine only: the interactions never go to the team (no revision, no outbox entry). */
      private: z.optional(z.boolean()),
    }),
    output: returns<LogThreadResult>(),
  },
  /** One LinkedIn touch for the people shown (saved if new): messages are idempotent by their id. */
  'interactions.logLinkedIn': {
    input: z.object({
      kind: z.enum(['message', 'connection', 'comment', 'visit']),
      people: z.array(DetectedPerson).check(z.minLength(1), z.maxLength(50)),
      messages: z.optional(z.array(DetectedMessage).check(z.maxLength(1000))),
      threadId: z.optional(Key),
      subject: z.optional(z.string().check(z.maxLength(1000))),
      url: z.optional(Url),
    }),
    output: returns<TouchResult>(),
  },
  /** An email seen leaving a compose window, logged once as outbound for its recipients. */
  'interactions.logSent': { input: SentEmail, output: returns<SentLogged>() },
  /** Takes a log back: its interactions, and the contacts it created if nothing else refers to them. */
  'interactions.undoLog': {
    input: z.object({ interactionIds: Ids, createdContactIds: Ids }),
    output: returns<{ removedInteractions: number; removedContacts: number }>(),
  },
  /** Makes an interaction private (deleted for the team if it was shared) or shares it again; null if gone. */
  'interactions.setPrivate': {
    input: z.object({ id: Id, private: z.boolean() }),
    output: returns<Interaction | null>(),
  },
} as const;
