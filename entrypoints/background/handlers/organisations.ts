import { organisationNamed } from '@/lib/db/contacts/lookup';
import { updateOrganisation } from '@/lib/db/organisations/organisations';
import type { HandlersOf } from '@/lib/protocol';
import type { organisationVerbs } from '@/lib/protocol/organisations';
import type { HandlerDeps } from './deps';

export function organisationHandlers({ db, now }: HandlerDeps): HandlersOf<typeof organisationVerbs> {
  return {
    async 'organisations.update'({ id, patch }) {
      return updateOrganisation(await db(), id, patch, now());
    },
    async 'organisations.lookup'({ name, domain }) {
      return organisationNamed(await db(), name, domain);
    },
  };
}
