import { createContactList } from '@/lib/db/contacts/list';
import { complaintsByStep, facetsOf, summariseColumns } from '@/lib/db/contacts/summary';
import type { VerbInput } from '@/lib/messaging/verbs';
import type { HandlerDeps } from './deps';
import { releaseWhenIdle } from './release-when-idle';

/** Three missed keep-alive pings: no dashboard is open, or none on screen. */
const RELEASE_AFTER_MS = 60_000;

/**
 * The dashboard's reads, all served from one in-memory index of the book, kept while a dashboard
 * asks for anything (its keep-alive included) and dropped after a minute without.
 */
export function dashboardHandlers({ db, now, valueModel }: HandlerDeps) {
  const list = createContactList(db, async () => (await valueModel.get())?.fittedAt);
  const idle = releaseWhenIdle(() => void list.release(), RELEASE_AFTER_MS);
  const columns = (thorough?: boolean) => {
    idle.used();
    return list.columns(thorough);
  };
  return {
    async 'contacts.list'(query: VerbInput<'contacts.list'>) {
      idle.used();
      return list.page(query);
    },
    async 'contacts.facets'(_: VerbInput<'contacts.facets'>) {
      return facetsOf(await columns(false));
    },
    async 'contacts.progress'(_: VerbInput<'contacts.progress'>) {
      return list.progress();
    },
    async 'dashboard.keepAlive'(_: VerbInput<'dashboard.keepAlive'>) {
      idle.used();
      return true;
    },
    async 'dashboard.summary'(_: VerbInput<'dashboard.summary'>) {
      const [cols, complaints] = await Promise.all([columns(), db().then((d) => complaintsByStep(d, now()))]);
      return { ...summariseColumns(cols), complaints };
    },
  };
}
