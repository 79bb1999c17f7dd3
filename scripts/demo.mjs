// Opens Chromium with the built extension, seeds the demo workspace and shows the sidebar on a
// demo Gmail thread and a demo LinkedIn profile. Without a display it runs headless, saves
// screenshots and prints what it saw.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM, chromiumArgs } from './chromium.mjs';
import { PROFILE_URL, serveDemoSites, THREAD_URL } from './demo-sites.mjs';

const EXTENSION = path.resolve('.output/chrome-mv3');
const OUT = path.resolve('demo-output');
const headless =
  process.argv.includes('--headless') || !!process.env.CI || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

mkdirSync(OUT, { recursive: true });
const profile = mkdtempSync(path.join(tmpdir(), 'rapport-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  headless,
  executablePath: CHROMIUM,
  viewport: { width: 1400, height: 860 },
  args: chromiumArgs(EXTENSION),
});
await serveDemoSites(context);

const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;

const popup = await context.newPage();
await popup.setViewportSize({ width: 360, height: 600 });
await popup.goto(`chrome-extension://${extensionId}/popup.html`);
const seeded = await popup.evaluate(() =>
  chrome.runtime.sendMessage({ rpc: 'workspace.seedDemo', input: { replace: true } }),
);
if (!seeded?.ok) throw new Error(`Seeding the demo failed: ${JSON.stringify(seeded)}`);
console.log(
  `Seeded the demo workspace: ${Object.entries(seeded.value)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ')}.`,
);

const gmail = await context.newPage();
await gmail.goto(THREAD_URL);
const sidebar = gmail.frameLocator('#crm-sidebar iframe');
await sidebar.locator('article').nth(2).waitFor();
await sidebar
  .locator('article [data-tier]')
  .first()
  .waitFor()
  .catch(() => undefined);
await gmail.screenshot({ path: path.join(OUT, 'sidebar-gmail.png') });

await popup.getByRole('searchbox').fill('mei');
await popup.locator('.results li').first().waitFor();
await popup.screenshot({ path: path.join(OUT, 'popup.png') });

const linkedin = await context.newPage();
await linkedin.goto(PROFILE_URL);
const linkedinSidebar = linkedin.frameLocator('#crm-sidebar iframe');
await linkedinSidebar.getByRole('article', { name: 'Mei Chen' }).waitFor();
await linkedinSidebar
  .locator('article [data-tier]')
  .first()
  .waitFor()
  .catch(() => undefined);
await linkedin.screenshot({ path: path.join(OUT, 'sidebar-linkedin.png') });

async function printCards(title, frame) {
  console.log(`\n${title}`);
  for (const card of await frame.locator('article').all()) {
    const name = await card.locator('.name').innerText();
    const badges = (await card.locator('.badges .badge').allInnerTexts()).join(', ');
    const figures = (await card.locator('.figures span').allInnerTexts()).join(', ');
    const last = await card
      .locator('.timeline li')
      .first()
      .innerText()
      .catch(() => 'no interactions yet');
    console.log(`  • ${name} — ${badges}${figures ? ` — ${figures}` : ''} — last: ${last.replace(/\s+/g, ' ')}`);
  }
}
await printCards('The sidebar on the demo Gmail thread shows:', sidebar);
await printCards('The sidebar on the demo LinkedIn profile shows:', linkedinSidebar);
const shots = ['sidebar-gmail.png', 'sidebar-linkedin.png', 'popup.png'].map((f) =>
  path.relative('.', path.join(OUT, f)),
);
console.log(`\nScreenshots: ${shots.join(', ')}`);

if (headless) {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  console.log('No display: ran headless. Run `npm start` on a desktop to try it yourself.');
} else {
  await popup.close();
  await gmail.bringToFront();
  console.log('\nChromium is open on the demo thread: try "Log this email", add Priya, take a note.');
  console.log("The second tab shows Mei Chen's LinkedIn profile with her card. Close the window to stop.");
  await new Promise((resolve) => context.on('close', resolve));
  rmSync(profile, { recursive: true, force: true });
}
