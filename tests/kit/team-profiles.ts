/**
 * Browser profiles for team sync tests: each its own Chromium user-data folder with the built extension,
 * the team set up through Settings → Team as a rep would.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, expect, type Page } from '@playwright/test';
import { CHROMIUM, chromiumArgs } from '../../scripts/chromium.mjs';

/** The extension API inside our own pages. */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value?: unknown } | undefined> };
  permissions: { request(permissions: unknown): Promise<boolean> };
};

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');

export interface Profile {
  name: string;
  context: BrowserContext;
  extensionId: string;
  /** Our dashboard, kept open: team sync is live meanwhile. */
  dashboard: Page;
  ask<T = unknown>(verb: string, input: unknown): Promise<T>;
  close(): Promise<void>;
}

export interface Team {
  url: string;
  database: string;
  username: string;
  password: string;
  passphrase: string;
}

export async function openProfile(name: string): Promise<Profile> {
  const dir = mkdtempSync(path.join(tmpdir(), `rapport-${name}-`));
  const context = await chromium.launchPersistentContext(dir, {
    headless: true,
    executablePath: CHROMIUM,
    args: chromiumArgs(EXTENSION_DIR),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
  const ask = async <T>(verb: string, input: unknown): Promise<T> => {
    const response = await dashboard.evaluate(([v, i]) => chrome.runtime.sendMessage({ rpc: v, input: i }), [
      verb,
      input,
    ] as const);
    if (!response?.ok) throw new Error(`${name}: ${verb} failed: ${JSON.stringify(response)}`);
    return response.value as T;
  };
  return {
    name,
    context,
    extensionId,
    dashboard,
    ask,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Fills Settings → Team on the profile's dashboard and saves (the first rep tests the connection first,
 * which starts the team). The browser's permission prompt cannot be answered by automation: it is
 * answered yes here; the test server allows our origin by CORS.
 */
export async function joinTeam(profile: Profile, team: Team, first = false): Promise<void> {
  const page = profile.dashboard;
  await page.goto(`chrome-extension://${profile.extensionId}/dashboard.html#settings`);
  await page.evaluate(() => {
    chrome.permissions.request = async () => true;
  });
  const section = page.locator('section[data-section="team"]');
  await section.getByLabel('Sync with the team').check();
  for (const field of ['url', 'database', 'username', 'password', 'passphrase'] as const)
    await section.locator(`input[name="${field}"]`).fill(team[field]);
  if (first) {
    await section.getByRole('button', { name: 'Test connection' }).click();
    await expect(section.getByRole('status')).toContainText('Connected');
  }
  await section.getByRole('button', { name: 'Save and sync' }).click();
  await expect(section.getByRole('status')).toContainText('Saved');
  await expect(section.locator('[data-team-status="ok"]')).toBeVisible();
}

export type Stats = Record<string, number>;

export const stats = (profile: Profile) => profile.ask<Stats>('workspace.stats', {});
