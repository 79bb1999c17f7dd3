import type { BrowserContext, Page } from '@playwright/test';
import { ask, expect, test } from './extension';

const thread = (n: number, prefix: string) => ({
  site: 'gmail',
  account: 'me@mine.example',
  people: Array.from({ length: 5 }, (_, i) => ({ name: `Person ${i}`, email: `p${i}@client.example`, role: 'to' })),
  messages: Array.from({ length: n }, (_, i) => ({
    id: `${prefix}-${i}`,
    fromEmail: 'p0@client.example',
    toEmails: ['me@mine.example', 'p1@client.example'],
    at: Date.UTC(2026, 9, 1) + i * 60_000,
  })),
});

/** Stops our background worker the way the browser does when it is idle or killed. */
async function stopServiceWorker(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const running = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      const version = versions.find((v) => v.runningStatus === 'running' && v.scriptURL.endsWith('/background.js'));
      if (version) resolve(version.versionId);
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopWorker', { versionId: await running });
  await cdp.detach();
}

test('what the user saw confirmed survives the service worker being stopped', async ({ context, extensionPage }) => {
  const result = await ask<{ interactionIds: string[] }>(
    extensionPage,
    'interactions.logThread',
    thread(20, 'confirmed'),
  );
  expect(result.interactionIds).toHaveLength(20);
  await stopServiceWorker(context, extensionPage);
  // The next request wakes a fresh worker, which reopens the database.
  expect(await ask(extensionPage, 'workspace.stats', {})).toMatchObject({ interactions: 20, contacts: 5 });
});

test('a worker stopped in the middle of a log leaves all of it or none of it', async ({ context, extensionPage }) => {
  const pending = extensionPage
    .evaluate((input) => chrome.runtime.sendMessage({ rpc: 'interactions.logThread', input }), thread(800, 'midway'))
    .catch(() => 'interrupted');
  await extensionPage.waitForTimeout(15);
  await stopServiceWorker(context, extensionPage);
  await pending;
  const stats = await ask<{ interactions: number }>(extensionPage, 'workspace.stats', {});
  expect([0, 800]).toContain(stats.interactions);
});

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
