import { recomputeAll, refreshInsights } from '@/lib/db/contacts/insights';
import type { HandlerDeps } from './deps';

/** Full refit, or a quick refresh of a few contacts with the last fitted model. */
export function insightsUpdater({ db, now, valueModel, crmSettings }: HandlerDeps) {
  const recompute = async () => {
    const settings = await crmSettings?.get();
    const model = await recomputeAll(await db(), now(), { cuts: settings?.cuts, tierValue: settings?.tierValue });
    await valueModel.set(model);
    return model;
  };
  const refresh = async (ids: string[]) => {
    const model = await valueModel.get();
    if (model) await refreshInsights(await db(), ids, now(), model);
    else await recompute();
  };
  /** A refresh that never starts a full refit: before the first one there are no insights to keep fresh. */
  const refreshIfFitted = async (ids: string[]) => {
    const model = await valueModel.get();
    if (model) await refreshInsights(await db(), ids, now(), model);
  };
  return { recompute, refresh, refreshIfFitted };
}
