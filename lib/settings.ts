import { storage } from 'wxt/utils/storage';
import { DEFAULT_CADENCE_DAYS } from './crm/cadence';
import type { ValueModel } from './crm/insights';
import { DEFAULT_TIER_CUTS } from './crm/tiers';
import type { CadenceDays, TierCuts } from './crm/types';

/** The user's own addresses: never logged as contacts; messages from them are outbound. */
export const ownAddressesItem = storage.defineItem<string[]>('local:ownAddresses', {
  fallback: [],
  version: 1,
});

export const sidebarCollapsedItem = storage.defineItem<boolean>('local:sidebarCollapsed', {
  fallback: false,
  version: 1,
});

/** The sidebar shows each saved person as one dense row, opened to the full card on demand. */
export const sidebarCompactItem = storage.defineItem<boolean>('local:sidebarCompact', {
  fallback: false,
  version: 1,
});

export type LanguageSetting = 'auto' | 'en' | 'zh-CN';
export const languageItem = storage.defineItem<LanguageSetting>('local:language', {
  fallback: 'auto',
  version: 1,
});

/** The last fitted value model, reused for quick refreshes between full recomputes. */
export const valueModelItem = storage.defineItem<ValueModel | null>('local:valueModel', {
  fallback: null,
  version: 1,
});

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

/** Light or dark pages; "auto" follows the system. */
export type ThemeSetting = 'auto' | 'light' | 'dark';
export const themeItem = storage.defineItem<ThemeSetting>('local:theme', {
  fallback: 'auto',
  version: 1,
});
