/** How customers are ranked and valued. */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_CADENCE_DAYS } from '../crm/cadence';
import type { ValueModel } from '../crm/insights';
import { DEFAULT_TIER_CUTS, DEFAULT_TIER_VALUE_WEIGHTS, type TierValueWeights } from '../crm/tiers';
import type { CadenceDays, TierCuts } from '../crm/types';

/**
 * Where the value pyramid cuts its tiers, what it ranks on (current 12-month margin against predicted
 * future value), and how often each tier should hear from the user.
 */
export interface CrmSettings {
  cuts: TierCuts;
  cadence: CadenceDays;
  tierValue: TierValueWeights;
}
export const DEFAULT_CRM_SETTINGS: Readonly<CrmSettings> = Object.freeze({
  cuts: { ...DEFAULT_TIER_CUTS },
  cadence: { ...DEFAULT_CADENCE_DAYS },
  tierValue: { ...DEFAULT_TIER_VALUE_WEIGHTS },
});
/** Version 1 had no tier value weights: it ranked with the defaults, which version 2 stores. */
type CrmSettingsV1 = Omit<CrmSettings, 'tierValue'>;
export const crmSettingsItem = storage.defineItem<CrmSettings>('local:crmSettings', {
  fallback: DEFAULT_CRM_SETTINGS,
  version: 2,
  migrations: {
    2: (v1: CrmSettingsV1): CrmSettings => ({ ...v1, tierValue: { ...DEFAULT_TIER_VALUE_WEIGHTS } }),
  },
});

/** The last fitted value model, reused for quick refreshes between full recomputes. */
export const valueModelItem = storage.defineItem<ValueModel | null>('local:valueModel', {
  fallback: null,
  version: 1,
});
