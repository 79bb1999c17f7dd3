import * as z from 'zod/mini';
import { DetectedMessage, DetectedPerson } from '../../schema/page';
import { Email, Id, Url } from '../../schema/primitives';

const Ids = z.array(Id).check(z.maxLength(5000));

export const logVerbs = {
  'thread.log': {
    input: z.object({
      site: z.enum(['gmail', 'linkedin', 'outlook', 'web']),
      account: z.nullable(Email),
      threadId: z.optional(z.string().check(z.maxLength(300))),
      subject: z.optional(z.string().check(z.maxLength(1000))),
      url: z.optional(Url),
      people: z.array(DetectedPerson).check(z.maxLength(500)),
      messages: z.array(DetectedMessage).check(z.minLength(1), z.maxLength(1000)),
    }),
  },
  'log.undo': { input: z.object({ interactionIds: Ids, createdContactIds: Ids }) },
} as const;
