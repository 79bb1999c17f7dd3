import * as z from 'zod/mini';
import { Id, Name, Text } from '../schema/primitives';
import { Organisation } from '../schema/records';
import { RepName } from './contacts';
import { returns } from './returns';
import type { OrganisationOnPage, OrganisationView } from './views';

export const organisationVerbs = {
  'organisations.update': {
    input: z.object({
      id: Id,
      patch: z.object({
        industry: z.optional(Name),
        address: z.optional(Text),
        size: z.optional(z.nullable(Organisation.shape.size.def.innerType)),
        decisionMakerIds: z.optional(z.array(Id).check(z.maxLength(100))),
        /** The rep responsible for the organisation (客户经理); '' takes the owner away. */
        owner: z.optional(RepName),
      }),
    }),
    output: returns<OrganisationView>(),
  },
  /** The organisation on a company page, with the contacts saved at it. */
  'organisations.lookup': {
    input: z.object({ name: Name, domain: z.optional(z.string().check(z.maxLength(253))) }),
    output: returns<OrganisationOnPage>(),
  },
} as const;
