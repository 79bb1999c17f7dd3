import { logThread, undoLog } from '@/lib/db/interactions/interactions';
import type { VerbInput } from '@/lib/messaging/verbs';
import { neverLogDomainsItem } from '@/lib/sites/settings';
import { cachedSetting } from '../settings-cache';
import type { HandlerDeps } from './deps';
import { insightsUpdater } from './insights';

export function logHandlers(deps: HandlerDeps) {
  const { db, now, ownAddresses, valueModel } = deps;
  const { recompute } = insightsUpdater(deps);
  const neverLogDomainsSetting = cachedSetting(neverLogDomainsItem);
  return {
    async 'thread.log'({ account, ...thread }: VerbInput<'thread.log'>) {
      const [own, neverLogDomains, model] = await Promise.all([
        ownAddresses(),
        neverLogDomainsSetting.get(),
        valueModel.get(),
      ]);
      const mine = account ? [...own, account] : own;
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
