import { logThread, undoLog } from '@/lib/db/interactions';
import type { VerbInput } from '@/lib/messaging/verbs';
import type { HandlerDeps } from './deps';
import { insightsUpdater } from './insights';

export function logHandlers(deps: HandlerDeps) {
  const { db, now, ownAddresses } = deps;
  const { refresh } = insightsUpdater(deps);
  return {
    async 'thread.log'({ account, ...thread }: VerbInput<'thread.log'>) {
      const own = await ownAddresses();
      const result = await logThread(await db(), { ...thread, ownAddresses: account ? [...own, account] : own }, now());
      await refresh(result.contactIds);
      return result;
    },
    async 'log.undo'(undo: VerbInput<'log.undo'>) {
      return undoLog(await db(), undo);
    },
  };
}
