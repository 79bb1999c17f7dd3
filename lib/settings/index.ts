/**
 * Every extension-storage item, declared in this folder and nowhere else. Settings live only in extension
 * storage: backups and exports are built from the database alone, so they never carry any.
 *
 * Each item is versioned. When an item's stored shape changes, raise its `version` and add a `migrations`
 * entry for the new version that turns the old shape into the new one (WXT runs them in order on first
 * read), and add the old shape to ./versions.test.ts. No stored shape has changed yet: every item is at version 1.
 */
export { type CrmSettings, crmSettingsItem, DEFAULT_CRM_SETTINGS, valueModelItem } from './crm';
export { dismissedDuplicatesItem, recentMergesItem } from './duplicates';
export {
  type LanguageSetting,
  languageItem,
  sidebarCollapsedItem,
  sidebarCompactItem,
  type ThemeSetting,
  themeItem,
} from './page';
export { neverLogDomainsItem, ownAddressesItem } from './people';
export { currentRepName, repNameItem } from './rep';
export { NO_TEAM, type TeamSyncSettings, type TeamSyncStatus, teamSyncItem, teamSyncStatusItem } from './team';
