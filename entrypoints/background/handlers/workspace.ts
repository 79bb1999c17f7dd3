import { workspaceStats } from '@/lib/db/stats';
import { seedDemoWorkspace } from '@/lib/demo/seed';
import type { HandlersOf } from '@/lib/protocol';
import type { workspaceVerbs } from '@/lib/protocol/workspace';
import type { HandlerDeps } from './deps';
import { insightsUpdater } from './insights';

export function workspaceHandlers(deps: HandlerDeps): HandlersOf<typeof workspaceVerbs> {
  const { db, now } = deps;
  const { recompute } = insightsUpdater(deps);
  return {
    async 'workspace.stats'() {
      return workspaceStats(await db());
    },
    async 'workspace.seedDemo'({ replace, contacts }) {
      const counts = await seedDemoWorkspace(await db(), {
        now: now(),
        replace: replace ?? false,
        ...(contacts ? { contacts } : {}),
      });
      await recompute();
      return counts;
    },
    async 'workspace.recomputeInsights'() {
      const model = await recompute();
      return model.method === 'bgnbd'
        ? { method: model.method, bgnbd: model.bgnbd, gg: model.gg }
        : { method: model.method, reason: model.reason };
    },
  };
}
