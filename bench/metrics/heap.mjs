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

const isBackground = (extensionId) => (t) => t.type === 'service_worker' && t.url.startsWith(origin(extensionId));

export const backgroundHeapMb = (port, extensionId) => heapOf(port, isBackground(extensionId));

/**
 * The worker's JS heap and, apart, what its array buffers (typed arrays) hold outside that heap,
 * in MB after a full garbage collection: the table's index keeps much of its data in typed arrays.
 */
export async function backgroundMemoryMb(port, extensionId) {
  const session = await attachTarget(port, isBackground(extensionId));
  try {
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize, backingStorageSize } = await session.send('Runtime.getHeapUsage');
    const mb = (bytes) => Number((bytes / 2 ** 20).toFixed(1));
    return { heap: mb(usedSize), arrayBuffers: backingStorageSize === undefined ? null : mb(backingStorageSize) };
  } finally {
    session.close();
  }
}

/**
 * The sidebar shares its renderer (one V8 heap) with every other page of the extension: close them
 * before measuring, so the figure is the sidebar's alone.
 */
// The framed sidebar has the session's dynamic address (use_dynamic_url), not the extension id's.
export const sidebarHeapMb = (port, _extensionId) =>
  heapOf(port, (t) => t.type === 'iframe' && /^chrome-extension:\/\/[^/]+\/sidebar\.html/.test(t.url));
