// Takes the README's screenshots from the built extension (run `wxt build` first, or
// `npm run screenshots`): seeds the demo workspace, then photographs the sidebar on the demo
// Gmail thread (full and compact) and the demo LinkedIn profile, the popup and the dashboard
// into docs/screenshots/.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM, chromiumArgs } from './chromium.mjs';
import { PROFILE_URL, serveDemoSites, THREAD_URL } from './demo-sites.mjs';

const EXTENSION = path.resolve('.output/chrome-mv3');
const OUT = path.resolve('docs/screenshots');

mkdirSync(OUT, { recursive: true });
const profile = mkdtempSync(path.join(tmpdir(), 'rapport-shots-'));
const context = await chromium.launchPersistentContext(profile, {
  headless: true,
  executablePath: CHROMIUM,
  viewport: { width: 1400, height: 860 },
  colorScheme: 'light',
  locale: 'en-US',
  args: [...chromiumArgs(EXTENSION), '--hide-scrollbars'],
});

try {
  await serveDemoSites(context);

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const shot = (name) => path.join(OUT, `${name}.png`);

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const seeded = await popup.evaluate(() =>
    chrome.runtime.sendMessage({ rpc: 'workspace.seedDemo', input: { replace: true } }),
  );
  if (!seeded?.ok) throw new Error(`Seeding the demo failed: ${JSON.stringify(seeded)}`);

  const gmail = await context.newPage();
  await gmail.goto(THREAD_URL);
  const sidebar = gmail.frameLocator('#crm-sidebar iframe');
  await sidebar.locator('article').first().waitFor();
  await sidebar.locator('article [data-tier]').first().waitFor();
  await gmail.waitForTimeout(300);
  await gmail.screenshot({ path: shot('sidebar-gmail') });

  // The compact list is a stored setting: switch it on for one shot, then off again for the others.
  const compactToggle = sidebar.getByRole('button', { name: 'Compact list' });
  await compactToggle.click();
  await sidebar.locator('.compact-person [data-tier]').first().waitFor();
  await gmail.waitForTimeout(300);
  await gmail.screenshot({ path: shot('sidebar-compact') });
  await compactToggle.click();
  await sidebar.locator('article [data-tier]').first().waitFor();

  const linkedin = await context.newPage();
  await linkedin.goto(PROFILE_URL);
  const mei = linkedin.frameLocator('#crm-sidebar iframe').getByRole('article', { name: 'Mei Chen' });
  await mei.locator('[data-tier]').first().waitFor();
  await linkedin.waitForTimeout(300);
  await linkedin.screenshot({ path: shot('sidebar-linkedin') });

  await popup.reload();
  await popup.getByRole('searchbox').fill('mei');
  await popup.getByRole('button', { name: /Mei Chen/ }).waitFor();
  await popup.screenshot({ path: shot('popup') });

  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#overview`);
  await dashboard.getByRole('table', { name: 'Value pyramid' }).waitFor();
  await dashboard.screenshot({ path: shot('dashboard') });

  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#contacts`);
  await dashboard.locator('.grid-body [aria-rowindex="2"] a').waitFor();
  await dashboard.getByRole('button', { name: 'Value' }).click();
  await dashboard.getByRole('columnheader', { name: 'Value' }).and(dashboard.locator('[aria-sort]')).waitFor();
  await dashboard.waitForTimeout(300);
  await dashboard.screenshot({ path: shot('dashboard-contacts') });

  console.log(`Screenshots written to ${path.relative('.', OUT)}/`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
