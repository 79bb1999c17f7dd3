/**
 * Asks the browser to keep our data under storage pressure. Only windows may ask (not the
 * service worker), so each of our pages calls this once; the browser remembers the answer.
 */
export function requestPersistentStorage(): void {
  navigator.storage?.persist?.().catch(() => undefined);
}
