/** How the pages look and what language they speak. */
import { storage } from 'wxt/utils/storage';
import { SIDEBAR_COLLAPSED_KEY } from './sidebar-collapsed';

export const sidebarCollapsedItem = storage.defineItem<boolean>(`local:${SIDEBAR_COLLAPSED_KEY}`, {
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

/** Light or dark pages; "auto" follows the system. */
export type ThemeSetting = 'auto' | 'light' | 'dark';
export const themeItem = storage.defineItem<ThemeSetting>('local:theme', {
  fallback: 'auto',
  version: 1,
});
