import { storage } from 'wxt/utils/storage';

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
