import type { ValueModel } from '@/lib/crm/insights';
import { recomputeAll, refreshInsights } from '@/lib/db/contacts/insights';
import type { HandlerDeps } from './deps';

interface Refits {
  running?: Promise<ValueModel>;
  /** The run after the current one, shared by everyone who asked meanwhile. */
  next?: Promise<ValueModel>;
  /** The newest asker's refit: it reads the settings as they are now. */
  newest?: () => Promise<ValueModel>;
}
/** Per database (keyed by its getter). */
const refits = new WeakMap<HandlerDeps['db'], Refits>();

/**
 * One refit at a time: one asked for while another runs (an import's, the daily one, new tier cuts) runs once
 * more after it, for everyone who asked meanwhile. Two refits never interleave their writes, and none misses
 * what was written since the running one read the book.
 */
function oneAtATime(state: Refits, refit: () => Promise<ValueModel>): Promise<ValueModel> {
  if (!state.running) {
    const running = refit().finally(() => {
      if (state.running === running) state.running = undefined;
    });
    state.running = running;
    return running;
  }
  state.newest = refit;
  state.next ??= state.running
    .catch(() => undefined)
    .then(() => {
      state.next = undefined;
      return oneAtATime(state, state.newest ?? refit);
    });
  return state.next;
}

/** Full refit, or a quick refresh of a few contacts with the last fitted model. */
export function insightsUpdater({ db, now, valueModel, crmSettings }: HandlerDeps) {
  const refit = async () => {
    const settings = await crmSettings?.get();
    const model = await recomputeAll(await db(), now(), { cuts: settings?.cuts, tierValue: settings?.tierValue });
    await valueModel.set(model);
    return model;
  };
  const recompute = () => {
    const state = refits.get(db) ?? {};
    refits.set(db, state);
    return oneAtATime(state, refit);
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
