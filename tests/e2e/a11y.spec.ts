import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ask, expect, fixture, serve, test } from './extension';

const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/18bfd1c2a3e4f567';

/** Serious and critical violations only, as "rule: selector" lines that say what to fix. */
async function seriousViolations(builder: AxeBuilder): Promise<string[]> {
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary ?? v.help}`));
}

const axe = (page: Page) => new AxeBuilder({ page });

test('the sidebar inside Gmail has no serious accessibility violations', async ({ context, extensionPage }) => {
  await ask(extensionPage, 'workspace.seedDemo', { replace: true });
  await serve(context, 'https://mail.google.com/**', fixture('gmail/thread.html'));
  const page = await context.newPage();
  await page.goto(THREAD_URL);
  const sidebar = page.frameLocator('#crm-sidebar iframe');
  await expect(sidebar.getByRole('article').first()).toBeVisible();
  // Only our frame: the host page is Gmail's business. The frame's own rules must have run.
  const builder = axe(page).include('#crm-sidebar iframe');
  const { passes } = await builder.analyze();
  expect(passes.some((rule) => rule.nodes.some((n) => n.target.length > 1))).toBe(true);
  expect(await seriousViolations(builder)).toEqual([]);
});

test('the popup has no serious accessibility violations', async ({ extensionPage: popup }) => {
  await ask(popup, 'workspace.seedDemo', { replace: true });
  await popup.reload();
  await popup.getByRole('searchbox').fill('mei');
  await expect(popup.getByRole('button', { name: /Mei Chen/ })).toBeVisible();
  expect(await seriousViolations(axe(popup))).toEqual([]);
});

test('every dashboard view has no serious accessibility violations', async ({
  context,
  extensionId,
  extensionPage,
}) => {
  test.setTimeout(120_000);
  await ask(extensionPage, 'workspace.seedDemo', { replace: true });
  const page = await context.newPage();
  const dashboard = `chrome-extension://${extensionId}/dashboard.html`;
  const views: [string, () => Promise<void>][] = [
    ['#overview', () => expect(page.getByRole('table', { name: 'Value pyramid' })).toBeVisible()],
    ['#contacts', () => expect(page.getByRole('grid').locator('[aria-rowindex="2"] a')).toBeVisible()],
    ['#contact/contact-000000', () => expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible()],
    ['#at-risk', () => expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible()],
    ['#complaints', () => expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible()],
    ['#import', () => expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible()],
    ['#settings', () => expect(page.getByRole('radio').first()).toBeVisible()],
  ];
  const found: string[] = [];
  for (const [hash, ready] of views) {
    await page.goto(`${dashboard}${hash}`);
    await ready();
    for (const line of await seriousViolations(axe(page))) found.push(`${hash} ${line}`);
  }

  await page.goto(`${dashboard}#contacts`);
  const grid = page.getByRole('grid');
  await expect(grid.locator('[aria-rowindex="2"] a')).toBeVisible();
  await grid.focus();
  await page.keyboard.press('ArrowDown');
  await expect(grid.locator('[aria-selected="true"]')).toHaveCount(1);
  for (const line of await seriousViolations(axe(page))) found.push(`#contacts (row selected) ${line}`);

  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').getByRole('combobox').fill('mei');
  await expect(page.getByRole('option', { name: /Mei Chen/ })).toBeVisible();
  for (const line of await seriousViolations(axe(page))) found.push(`palette ${line}`);

  expect(found).toEqual([]);
});

test('the dashboard keeps its contrast in the dark theme', async ({ context, extensionId, extensionPage }) => {
  await ask(extensionPage, 'workspace.seedDemo', { replace: true });
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#contacts`);
  await expect(page.getByRole('grid').locator('[aria-rowindex="2"] a')).toBeVisible();
  const contacts = await seriousViolations(axe(page));
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#overview`);
  await expect(page.getByRole('table', { name: 'Value pyramid' })).toBeVisible();
  expect([...contacts, ...(await seriousViolations(axe(page)))]).toEqual([]);
});
