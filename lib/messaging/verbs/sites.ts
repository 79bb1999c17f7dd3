import * as z from 'zod/mini';
import { DetectedMessage, DetectedPerson, SentEmail } from '../../schema/page';
import { Email, Id, Name, Url } from '../../schema/primitives';

/** Slug or profile URL; normalised by the background. */
const LinkedIn = z.string().check(z.maxLength(300));
const Source = z.enum(['gmail', 'linkedin', 'outlook', 'web', 'manual']);
const Key = z.string().check(z.maxLength(300));

export const PersonQuery = z.object({
  name: z.optional(Name),
  email: z.optional(Email),
  linkedin: z.optional(LinkedIn),
  company: z.optional(Name),
});

export const siteVerbs = {
  /**
   * Who each person on a page is: their card (by canonical email, else LinkedIn slug), whether they must
   * never be logged and why, and a probable same-person contact to confirm when there is no card.
   */
  'people.lookup': {
    input: z.object({
      people: z.array(PersonQuery).check(z.maxLength(200)),
      /** The signed-in account the page shows: the user, never a contact. */
      account: z.nullable(Email),
    }),
  },
  /** Saves a person seen on a page (or completes the contact that already has their address or profile). */
  'person.save': {
    input: z.object({
      name: Name,
      email: z.optional(Email),
      linkedin: z.optional(LinkedIn),
      title: z.optional(Name),
      company: z.optional(Name),
      source: Source,
    }),
  },
  /** "Same person": adds the page's address or LinkedIn profile to an existing contact. */
  'person.link': {
    input: z.object({
      contactId: Id,
      email: z.optional(Email),
      linkedin: z.optional(LinkedIn),
      title: z.optional(Name),
      company: z.optional(Name),
    }),
  },
  /** One LinkedIn touch for the people shown (saved if new): messages are idempotent by their id. */
  'linkedin.log': {
    input: z.object({
      kind: z.enum(['message', 'connection', 'comment', 'visit']),
      people: z.array(DetectedPerson).check(z.minLength(1), z.maxLength(50)),
      messages: z.optional(z.array(DetectedMessage).check(z.maxLength(1000))),
      threadId: z.optional(Key),
      subject: z.optional(z.string().check(z.maxLength(1000))),
      url: z.optional(Url),
    }),
  },
  /** An email seen leaving a compose window, logged once as outbound for its recipients. */
  'email.logSent': { input: SentEmail },
  /** The organisation on a company page, with the contacts saved at it. */
  'organisation.lookup': {
    input: z.object({ name: Name, domain: z.optional(z.string().check(z.maxLength(253))) }),
  },
  /** Pairs of contacts that are probably one person. */
  'duplicates.list': { input: z.object({ limit: z.number().check(z.int(), z.minimum(1), z.maximum(500)) }) },
  /** Merges `dropId` into `keepId`, only on the user's confirmation; the answer carries the undo id. */
  'contact.merge': { input: z.object({ keepId: Id, dropId: Id }) },
  /** "Not the same person": the pair is not suggested again. */
  'duplicates.dismiss': { input: z.object({ a: Id, b: Id }) },
  'merge.undo': { input: z.object({ id: Id }) },
  'merge.recent': { input: z.object({}) },
} as const;
