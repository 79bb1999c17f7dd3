// JS heap of the background service worker and of the sidebar frame, after the work above, via CDP.
import { attachTarget, heapAfterGc } from '../lib/browser.mjs';
import { metric } from '../lib/stats.mjs';

/**
 * The sidebar shares its renderer (one V8 heap) with every other page of the extension: close them
 * before measuring, so the figure is the sidebar's alone.
 */
export async function measureHeaps(port, extensionId) {
  const origin = `chrome-extension://${extensionId}/`;
  const background = await attachTarget(port, (t) => t.type === 'service_worker' && t.url.startsWith(origin));
  const sidebar = await attachTarget(port, (t) => t.type === 'iframe' && t.url.startsWith(`${origin}sidebar.html`));
  try {
    return {
      background_heap_mb: metric({ value: await heapAfterGc(background), unit: 'MB', budget: 30 }),
      sidebar_heap_mb: metric({ value: await heapAfterGc(sidebar), unit: 'MB', budget: 40 }),
    };
  } finally {
    background.close();
    sidebar.close();
  }
}
