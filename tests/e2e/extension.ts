import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type BrowserContext, test as base, chromium, expect, type Page } from '@playwright/test';
import { CHROMIUM, chromiumArgs as launchArgs } from '../../scripts/chromium.mjs';

/** The extension API inside our own pages, where `ask` runs. */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value?: unknown } | undefined> };
};

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
export { CHROMIUM };

export function chromiumArgs(extensionDir = EXTENSION_DIR): string[] {
  return launchArgs(extensionDir);
}

export const fixture = (name: string) => readFileSync(path.resolve('tests/fixtures', name), 'utf8');

/** Serves a site's pages from a hand-written fixture instead of the network. */
export async function serve(context: BrowserContext, pattern: string, html: string | (() => string)): Promise<void> {
  await context.route(pattern, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: typeof html === 'string' ? html : html() }),
  );
}

export const test = base.extend<{ context: BrowserContext; extensionId: string; extensionPage: Page }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from this pattern.
  context: async ({}, use) => {
    const context = await chromium.launchPersistentContext('', {
      headless: true,
      executablePath: CHROMIUM,
      args: chromiumArgs(),
    });
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(new URL(worker.url()).host);
  },
  /** One of our own pages, to ask the background directly as the product's pages do. */
  extensionPage: async ({ context, extensionId }, use) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await use(page);
  },
});

export async function ask<T = unknown>(page: Page, verb: string, input: unknown): Promise<T> {
  const response = await page.evaluate(([v, i]) => chrome.runtime.sendMessage({ rpc: v, input: i }), [
    verb,
    input,
  ] as const);
  if (!response?.ok) throw new Error(`${verb} failed: ${JSON.stringify(response)}`);
  return response.value as T;
}

export { expect };
