import { workspaceStats } from '@/lib/db/stats';
import { seedDemoWorkspace } from '@/lib/demo/seed';
import type { VerbInput } from '@/lib/messaging/verbs';
import type { HandlerDeps } from './deps';
import { insightsUpdater } from './insights';

export function workspaceHandlers(deps: HandlerDeps) {
  const { db, now } = deps;
  const { recompute } = insightsUpdater(deps);
  return {
    async 'workspace.stats'(_: VerbInput<'workspace.stats'>) {
      return workspaceStats(await db());
    },
    async 'workspace.seedDemo'({ replace, contacts }: VerbInput<'workspace.seedDemo'>) {
      const counts = await seedDemoWorkspace(await db(), {
        now: now(),
        replace: replace ?? false,
        ...(contacts ? { contacts } : {}),
      });
      await recompute();
      return counts;
    },
    async 'insights.recompute'(_: VerbInput<'insights.recompute'>) {
      const model = await recompute();
      return model.method === 'bgnbd'
        ? { method: model.method, bgnbd: model.bgnbd, gg: model.gg }
        : { method: model.method, reason: model.reason };
    },
  };
}
