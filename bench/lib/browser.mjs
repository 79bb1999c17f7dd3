// Chromium with the built extension, launched as tests/e2e/extension.ts does, plus a DevTools port
// so the benchmark can reach the service worker (Playwright gives no CDP session for workers).
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from '@playwright/test';
import WebSocket from 'ws';
import { CHROMIUM, chromiumArgs } from '../../scripts/chromium.mjs';
import { addFloorFrame } from './floor-frame.mjs';

const flags = (extensionDir) => [...chromiumArgs(extensionDir), '--remote-debugging-port=0'];

/**
 * Copies the build aside first, so a rebuild by someone else cannot change it mid-run; the copy also holds the
 * sidebar's floor frame (floor-frame.mjs).
 */
export async function launch(buildDir) {
  const work = mkdtempSync(path.join(tmpdir(), 'rapport-bench-'));
  const extensionDir = path.join(work, 'extension');
  cpSync(buildDir, extensionDir, { recursive: true });
  addFloorFrame(extensionDir);
  const profile = path.join(work, 'profile');
  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath: CHROMIUM,
    args: flags(extensionDir),
    viewport: { width: 1280, height: 800 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const port = Number(readFileSync(path.join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0]);
  return {
    context,
    extensionId,
    extensionDir,
    port,
    async close() {
      await context.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/** A raw CDP connection to the first DevTools target that matches. */
export async function attachTarget(port, matches) {
  for (let attempt = 0; ; attempt++) {
    const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
    const target = targets.find(matches);
    if (target) return connect(target.webSocketDebuggerUrl);
    if (attempt > 50) throw new Error(`No DevTools target matched among ${targets.map((t) => t.url).join(', ')}`);
    await sleep(100);
  }
}

async function connect(url) {
  const socket = new WebSocket(url, { perMessageDeflate: false });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  let next = 1;
  const pending = new Map();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    const waiter = pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.error) waiter.reject(new Error(`${waiter.method}: ${message.error.message}`));
    else waiter.resolve(message.result);
  });
  return {
    send(method, params = {}) {
      const id = next++;
      socket.send(JSON.stringify({ id, method, params }));
      return new Promise((resolve, reject) => pending.set(id, { resolve, reject, method }));
    },
    close: () => socket.close(),
  };
}

/** Used JS heap of a CDP target after a full garbage collection, in MB. */
export async function heapAfterGc(session) {
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}
