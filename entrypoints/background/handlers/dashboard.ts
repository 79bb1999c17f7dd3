import { createContactList } from '@/lib/db/contact-list';
import { complaintsByStep, facetsOf, summariseColumns } from '@/lib/db/contact-summary';
import type { VerbInput } from '@/lib/messaging/verbs';
import type { HandlerDeps } from './deps';

/** The dashboard's reads, all served from one in-memory index of the book. */
export function dashboardHandlers({ db, now, valueModel }: HandlerDeps) {
  const list = createContactList(db, async () => (await valueModel.get())?.fittedAt);
  return {
    async 'contacts.list'(query: VerbInput<'contacts.list'>) {
      return list.page(query);
    },
    async 'contacts.facets'(_: VerbInput<'contacts.facets'>) {
      return facetsOf(await list.columns(false));
    },
    async 'dashboard.keepAlive'(_: VerbInput<'dashboard.keepAlive'>) {
      return true;
    },
    async 'dashboard.summary'(_: VerbInput<'dashboard.summary'>) {
      const [columns, complaints] = await Promise.all([list.columns(), db().then((d) => complaintsByStep(d, now()))]);
      return { ...summariseColumns(columns), complaints };
    },
  };
}
