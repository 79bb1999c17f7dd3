import { bookNps } from '@/lib/db/complaints/feedback';
import { createContactList } from '@/lib/db/contacts/list';
import { complaintsByStep, facetsOf, summariseColumns } from '@/lib/db/contacts/summary';
import { writer } from '@/lib/db/writer';
import type { HandlersOf } from '@/lib/protocol';
import type { contactVerbs } from '@/lib/protocol/contacts';
import type { HandlerDeps } from './deps';
import { releaseWhenIdle } from './release-when-idle';

/** Three missed keep-alive pings: no dashboard is open, or none on screen. */
const RELEASE_AFTER_MS = 60_000;

type TableVerb =
  | 'contacts.list'
  | 'contacts.facets'
  | 'contacts.progress'
  | 'contacts.summary'
  | 'contacts.keepAlive'
  | 'contacts.reps';

/**
 * The dashboard's reads, all served from one in-memory index of the book, kept while a dashboard
 * asks for anything (its keep-alive included) and dropped after a minute without.
 */
export function contactTableHandlers({
  db,
  now,
  valueModel,
}: HandlerDeps): Pick<HandlersOf<typeof contactVerbs>, TableVerb> {
  const list = createContactList(db, async () => (await valueModel.get())?.fittedAt);
  const idle = releaseWhenIdle(() => void list.release(), RELEASE_AFTER_MS);
  const columns = (thorough?: boolean) => {
    idle.used();
    return list.columns(thorough);
  };
  return {
    async 'contacts.list'(query) {
      idle.used();
      // "Mine" is the rep's own name, known here only (the writer the doors stamp).
      const filter = query.filter.owner === 'mine' ? { ...query.filter, me: writer() } : query.filter;
      return list.page({ ...query, filter });
    },
    async 'contacts.reps'() {
      const me = writer();
      const { reps } = await columns(false);
      return { me, reps: [...new Set([...(me ? [me] : []), ...reps])].sort((a, b) => a.localeCompare(b)) };
    },
    async 'contacts.facets'() {
      return facetsOf(await columns(false));
    },
    async 'contacts.progress'() {
      return list.progress();
    },
    async 'contacts.keepAlive'() {
      idle.used();
      return true;
    },
    async 'contacts.summary'() {
      const [cols, complaints, nps] = await Promise.all([
        columns(),
        db().then((d) => complaintsByStep(d, now())),
        db().then(bookNps),
      ]);
      return { ...summariseColumns(cols), complaints, nps };
    },
  };
}
