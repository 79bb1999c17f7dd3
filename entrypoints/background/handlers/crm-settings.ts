import { validateTierCuts } from '@/lib/crm/tiers';
import { CrmError } from '@/lib/db/errors';
import type { VerbInput } from '@/lib/messaging/verbs';
import { type CrmSettings, DEFAULT_CRM_SETTINGS } from '@/lib/settings';
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

export function crmSettingsHandlers(deps: HandlerDeps) {
  const settings = crmSettingsOf(deps);
  const { recompute } = insightsUpdater(deps);
  return {
    async 'crmSettings.get'(_: VerbInput<'crmSettings.get'>) {
      return settings.get();
    },
    /** Tier cuts must be 0 < S ≤ A ≤ B ≤ 1; new cuts re-rank every customer. */
    async 'crmSettings.set'(next: VerbInput<'crmSettings.set'>) {
      try {
        validateTierCuts(next.cuts);
      } catch {
        throw new CrmError('invalid-tier-cuts');
      }
      const before = await settings.get();
      await settings.set(next);
      const { S, A, B } = before.cuts;
      if (S !== next.cuts.S || A !== next.cuts.A || B !== next.cuts.B) await recompute();
      return next;
    },
  };
}
