/** Who is never logged. */
import { storage } from 'wxt/utils/storage';

/** The user's own addresses: never logged as contacts; messages from them are outbound. */
export const ownAddressesItem = storage.defineItem<string[]>('local:ownAddresses', {
  fallback: [],
  version: 1,
});

/** Personal domains ("family.example"): nobody at them, or at their subdomains, is ever logged. */
export const neverLogDomainsItem = storage.defineItem<string[]>('local:neverLogDomains', {
  fallback: [],
  version: 1,
});
