import type { HandlerDeps } from './deps';
import { insightsUpdater } from './insights';
import { RunningJobs } from './running-jobs';

/** What imports and restores share: the jobs writing now (followed and cancelled by id), and a refit after. */
export function importJobs(deps: HandlerDeps) {
  const { recompute } = insightsUpdater(deps);
  return {
    running: new RunningJobs(),
    // The data is saved once the commit returns; tiers and insights are a derived cache. Refitting
    // 100,000 contacts takes longer than the import itself, so the user does not wait for it (a
    // refit cut short by the browser is redone by the daily alarm).
    refitLater: () => void recompute().catch(console.error),
  };
}

export type ImportJobs = ReturnType<typeof importJobs>;
