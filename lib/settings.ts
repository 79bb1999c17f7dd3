import { storage } from 'wxt/utils/storage';
import type { ValueModel } from './crm/insights';

/** The user's own addresses: never logged as contacts; messages from them are outbound. */
export const ownAddressesItem = storage.defineItem<string[]>('local:ownAddresses', {
  fallback: [],
  version: 1,
});

export const sidebarCollapsedItem = storage.defineItem<boolean>('local:sidebarCollapsed', {
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
