// JS heaps via CDP (after a full garbage collection): the background service worker, and the
// sidebar iframe.
import { attachTarget, heapAfterGc } from '../lib/browser.mjs';

const origin = (extensionId) => `chrome-extension://${extensionId}/`;

async function heapOf(port, matches) {
  const session = await attachTarget(port, matches);
  try {
    return await heapAfterGc(session);
  } finally {
    session.close();
  }
}

export const backgroundHeapMb = (port, extensionId) =>
  heapOf(port, (t) => t.type === 'service_worker' && t.url.startsWith(origin(extensionId)));

/**
 * The sidebar shares its renderer (one V8 heap) with every other page of the extension: close them
 * before measuring, so the figure is the sidebar's alone.
 */
export const sidebarHeapMb = (port, extensionId) =>
  heapOf(port, (t) => t.type === 'iframe' && t.url.startsWith(`${origin(extensionId)}sidebar.html`));
