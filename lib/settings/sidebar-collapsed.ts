/**
 * Whether the sidebar is collapsed, read without WXT's storage helper: the content script reads it, and must
 * stay small. The key is defined here once; `sidebarCollapsedItem` (./page.ts) stores under the same key.
 * Version 1 stores the plain boolean: a later version that changes the shape must change this reader too.
 */
export const SIDEBAR_COLLAPSED_KEY = 'sidebarCollapsed';

export async function readSidebarCollapsed(): Promise<boolean> {
  const stored = await browser.storage.local.get(SIDEBAR_COLLAPSED_KEY);
  return stored[SIDEBAR_COLLAPSED_KEY] === true;
}
