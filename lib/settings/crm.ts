/** How customers are ranked and valued. */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_CADENCE_DAYS } from '../crm/cadence';
import type { ValueModel } from '../crm/insights';
import { DEFAULT_TIER_CUTS } from '../crm/tiers';
import type { CadenceDays, TierCuts } from '../crm/types';

/** Where the value pyramid cuts its tiers, and how often each tier should hear from the user. */
export interface CrmSettings {
  cuts: TierCuts;
  cadence: CadenceDays;
}
export const DEFAULT_CRM_SETTINGS: Readonly<CrmSettings> = Object.freeze({
  cuts: { ...DEFAULT_TIER_CUTS },
  cadence: { ...DEFAULT_CADENCE_DAYS },
});
export const crmSettingsItem = storage.defineItem<CrmSettings>('local:crmSettings', {
  fallback: DEFAULT_CRM_SETTINGS,
  version: 1,
});

/** The last fitted value model, reused for quick refreshes between full recomputes. */
export const valueModelItem = storage.defineItem<ValueModel | null>('local:valueModel', {
  fallback: null,
  version: 1,
});
