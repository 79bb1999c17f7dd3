/** Settings of the sites area, in extension storage (the user's own addresses live in lib/settings.ts). */
import { storage } from 'wxt/utils/storage';

/** Personal domains ("family.example"): nobody at them, or at their subdomains, is ever logged. */
export const neverLogDomainsItem = storage.defineItem<string[]>('local:neverLogDomains', {
  fallback: [],
  version: 1,
});
