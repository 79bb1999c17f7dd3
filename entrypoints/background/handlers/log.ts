import { logThread, undoLog } from '@/lib/db/interactions';
import { neverLogDomainsItem } from '@/lib/sites/settings';
import type { VerbInput } from '@/lib/messaging/verbs';
import type { HandlerDeps } from './deps';
import { insightsUpdater } from './insights';

export function logHandlers(deps: HandlerDeps) {
  const { db, now, ownAddresses, valueModel } = deps;
  const { recompute } = insightsUpdater(deps);
  return {
    async 'thread.log'({ account, ...thread }: VerbInput<'thread.log'>) {
      const own = await ownAddresses();
      const mine = account ? [...own, account] : own;
      const neverLogDomains = await neverLogDomainsItem.getValue();
      const model = await valueModel.get();
      const request = { ...thread, ownAddresses: mine, neverLogDomains };
      const result = await logThread(await db(), request, now(), model);
      // The very first log has no fitted model yet: fit one for the whole book.
      if (!model && result.contactIds.length > 0) await recompute();
      return result;
    },
    async 'log.undo'(undo: VerbInput<'log.undo'>) {
      return undoLog(await db(), undo);
    },
  };
}
