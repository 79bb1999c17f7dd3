import { validateTierCuts, validTierValueWeights } from '@/lib/crm/tiers';
import { setWriter } from '@/lib/db/writer';
import type { HandlersOf } from '@/lib/protocol';
import { Refusal } from '@/lib/protocol/reasons';
import type { RepView, settingsVerbs } from '@/lib/protocol/settings';
import { type CrmSettings, currentRepName, DEFAULT_CRM_SETTINGS, repNameItem, teamSyncItem } from '@/lib/settings';
import type { HandlerDeps } from './deps';
import { insightsUpdater } from './insights';

/** The stored settings, or (in tests that pass none) settings kept for this set of handlers only. */
export function crmSettingsOf(deps: HandlerDeps): NonNullable<HandlerDeps['crmSettings']> {
  if (deps.crmSettings) return deps.crmSettings;
  let kept: CrmSettings = structuredClone(DEFAULT_CRM_SETTINGS);
  return {
    get: async () => kept,
    set: async (settings) => {
      kept = settings;
    },
  };
}

async function repView(): Promise<RepView> {
  const [name, me, team] = await Promise.all([repNameItem.getValue(), currentRepName(), teamSyncItem.getValue()]);
  return { name, me, team: team.enabled && team.username.trim() !== '' };
}

export function settingsHandlers(deps: HandlerDeps): HandlersOf<typeof settingsVerbs> {
  const settings = crmSettingsOf(deps);
  // The ranking reads the same settings this verb keeps, also when the deps bring none.
  const { recompute } = insightsUpdater({ ...deps, crmSettings: settings });
  return {
    'settings.rep': repView,
    async 'settings.setRepName'({ name }) {
      await repNameItem.setValue(name);
      const view = await repView();
      // In effect for the very next write, before the storage watch catches up.
      setWriter(view.me);
      return view;
    },
    async 'settings.get'() {
      return settings.get();
    },
    /** Tier cuts must be 0 < S ≤ A ≤ B ≤ 1, one weight above 0; new cuts or weights re-rank every customer. */
    async 'settings.set'(next) {
      try {
        validateTierCuts(next.cuts);
      } catch {
        throw new Refusal('invalid-tier-cuts');
      }
      if (!validTierValueWeights(next.tierValue)) throw new Refusal('invalid-tier-weights');
      const before = await settings.get();
      await settings.set(next);
      const { S, A, B } = before.cuts;
      const cutsMoved = S !== next.cuts.S || A !== next.cuts.A || B !== next.cuts.B;
      const weightsMoved =
        before.tierValue?.current !== next.tierValue.current || before.tierValue?.future !== next.tierValue.future;
      if (cutsMoved || weightsMoved) await recompute();
      return next;
    },
  };
}
