import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ask, expect, fixture, serve, test } from './extension';

const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/18bfd1c2a3e4f567';
const sidebarOf = (page: Page) => page.frameLocator('#crm-sidebar iframe');

interface Detail {
  contact: { nextStep?: { text: string }; tierOverride?: { tier: string; reason: string } };
  notes: { text: string }[];
}

/** Carl is saved before the page opens, so his card (not "Add to Rapport") is what the sidebar shows. */
async function saveCarl(extensionPage: Page): Promise<string> {
  const card = await ask<{ contact: { id: string } }>(extensionPage, 'contacts.save', {
    name: 'Carl Ortiz',
    email: 'carl@customer.example',
    source: 'manual',
  });
  return card.contact.id;
}

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include('#crm-sidebar iframe').analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

test.beforeEach(async ({ context }) => {
  await serve(context, 'https://mail.google.com/**', fixture('gmail/thread.html'));
});

test('a next step is set and undone with the keyboard alone', async ({ context, extensionPage }) => {
  const id = await saveCarl(extensionPage);
  const page = await context.newPage();
  await page.goto(THREAD_URL);
  const sidebar = sidebarOf(page);
  const carl = sidebar.getByRole('article', { name: 'Carl Ortiz' });
  const opener = carl.getByRole('button', { name: 'Set next step' });
  await opener.focus();
  await page.keyboard.press('Enter');
  await expect(opener).toHaveAttribute('aria-expanded', 'true');
  await expect(carl.getByRole('textbox', { name: 'What to do' })).toBeFocused();
  await page.keyboard.type('Send the 2027 quote');
  await page.keyboard.press('Enter');

  await expect(sidebar.getByRole('status')).toContainText('Next step planned.');
  await expect(opener).toBeFocused();
  await expect(carl.getByRole('region', { name: 'Next step' })).toContainText('Send the 2027 quote');
  const planned = await ask<Detail>(extensionPage, 'contacts.detail', { id });
  expect(planned.contact.nextStep?.text).toBe('Send the 2027 quote');

  await sidebar.getByRole('status').getByRole('button', { name: 'Undo' }).focus();
  await page.keyboard.press('Enter');
  await expect(sidebar.getByRole('status')).toContainText('Change undone.');
  await expect(carl.getByRole('region', { name: 'Next step' })).toContainText('No next step planned.');
  expect((await ask<Detail>(extensionPage, 'contacts.detail', { id })).contact.nextStep).toBeUndefined();

  // Escape closes a form without saving, and gives the focus back.
  await opener.focus();
  await page.keyboard.press('Enter');
  await expect(carl.getByRole('textbox', { name: 'What to do' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(carl.getByRole('textbox', { name: 'What to do' })).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test('the tier is changed with a reason, and Undo gives the computed one back', async ({ context, extensionPage }) => {
  const id = await saveCarl(extensionPage);
  const page = await context.newPage();
  await page.goto(THREAD_URL);
  const sidebar = sidebarOf(page);
  const carl = sidebar.getByRole('article', { name: 'Carl Ortiz' });
  const opener = carl.getByRole('button', { name: 'Change tier' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const tier = carl.getByRole('combobox', { name: 'Tier' });
  await expect(tier).toBeFocused();
  await tier.selectOption('S');
  await carl.getByRole('textbox', { name: 'Reason' }).fill('Signed the group-wide contract');
  await page.keyboard.press('Enter');

  await expect(sidebar.getByRole('status')).toContainText('Tier set to');
  await expect(opener).toBeFocused();
  await expect(carl.locator('[data-tier="S"]')).toBeVisible();
  const set = await ask<Detail>(extensionPage, 'contacts.detail', { id });
  expect(set.contact.tierOverride).toEqual({ tier: 'S', reason: 'Signed the group-wide contract' });

  await sidebar.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(sidebar.getByRole('status')).toContainText('Change undone.');
  expect((await ask<Detail>(extensionPage, 'contacts.detail', { id })).contact.tierOverride).toBeUndefined();
  await expect(carl.locator('[data-tier="S"]')).toHaveCount(0);
});

test('an open complaint shows on the card, and the last touches read as a timeline', async ({
  context,
  extensionPage,
}) => {
  const id = await saveCarl(extensionPage);
  await ask(extensionPage, 'complaints.open', {
    contactId: id,
    description: 'The quote arrived a week late',
    category: 'Late quote',
    severity: 'high',
  });
  const page = await context.newPage();
  await page.goto(THREAD_URL);
  const sidebar = sidebarOf(page);
  const carl = sidebar.getByRole('article', { name: 'Carl Ortiz' });
  await expect(carl.getByRole('region', { name: 'Open complaint: Late quote' })).toContainText('High');
  await sidebar.getByRole('button', { name: /Log this email/ }).click();
  const timeline = carl.getByRole('region', { name: 'Last interactions' }).getByRole('list');
  await expect(timeline.getByRole('listitem').first()).toContainText('Email');
  expect(await timeline.evaluate((list) => list.tagName)).toBe('OL');
});

test('a note is taken back by Undo', async ({ context, extensionPage }) => {
  const id = await saveCarl(extensionPage);
  const page = await context.newPage();
  await page.goto(THREAD_URL);
  const sidebar = sidebarOf(page);
  const carl = sidebar.getByRole('article', { name: 'Carl Ortiz' });
  await carl.getByRole('textbox', { name: 'Quick note about Carl Ortiz' }).fill('Prefers calls after 4 pm');
  await carl.getByRole('button', { name: 'Save note' }).click();
  await expect(carl.getByRole('region', { name: 'Notes' })).toContainText('Prefers calls after 4 pm');
  await sidebar.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(sidebar.getByRole('status')).toContainText('Change undone.');
  await expect(carl.getByRole('region', { name: 'Notes' })).toHaveCount(0);
  expect((await ask<Detail>(extensionPage, 'contacts.detail', { id })).notes).toEqual([]);
});

test('compact mode shows one row per person, opens to the full card, and is remembered', async ({
  context,
  extensionPage,
}) => {
  await saveCarl(extensionPage);
  const page = await context.newPage();
  await page.goto(THREAD_URL);
  const sidebar = sidebarOf(page);
  await expect(sidebar.getByRole('article', { name: 'Carl Ortiz' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  const toggle = sidebar.getByRole('button', { name: 'Compact list' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const row = sidebar.getByRole('button', { name: /^Carl Ortiz/ });
  await expect(row).toHaveAttribute('aria-expanded', 'false');
  await expect(sidebar.getByRole('article', { name: 'Carl Ortiz' })).toHaveCount(0);
  // Someone not saved yet still gets the card that can add them.
  await expect(sidebar.getByRole('article', { name: 'Dee Park' })).toContainText('Add to Rapport');
  expect(await seriousViolations(page)).toEqual([]);

  await row.focus();
  await page.keyboard.press('Enter');
  await expect(row).toHaveAttribute('aria-expanded', 'true');
  await expect(sidebar.getByRole('article', { name: 'Carl Ortiz' })).toContainText('carl@customer.example');
  expect(await seriousViolations(page)).toEqual([]);

  await page.reload();
  await expect(sidebarOf(page).getByRole('button', { name: 'Compact list' })).toHaveAttribute('aria-pressed', 'true');
  await expect(sidebarOf(page).getByRole('button', { name: /^Carl Ortiz/ })).toHaveAttribute('aria-expanded', 'false');
});

test('on a dark site the sidebar is dark too, and stays readable', async ({ context, extensionPage }) => {
  await saveCarl(extensionPage);
  const dark = fixture('gmail/thread.html').replace('<body>', '<body style="background: #202124; color: #e8eaed">');
  await context.unroute('https://mail.google.com/**');
  await serve(context, 'https://mail.google.com/**', dark);
  const page = await context.newPage();
  await page.goto(THREAD_URL);
  const sidebar = sidebarOf(page);
  await expect(sidebar.getByRole('article', { name: 'Carl Ortiz' })).toBeVisible();
  await expect(sidebar.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await seriousViolations(page)).toEqual([]);
});

test('on a light site with a light system the sidebar follows the system', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(THREAD_URL);
  const sidebar = sidebarOf(page);
  await expect(sidebar.getByRole('article', { name: 'Carl Ortiz' })).toBeVisible();
  await expect(sidebar.locator('html')).not.toHaveAttribute('data-theme', /.*/);
});

test('the docked sidebar has a fixed width and covers none of the page controls', async ({ context }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(THREAD_URL);
  await expect(sidebarOf(page).getByRole('article', { name: 'Carl Ortiz' })).toBeVisible();
  const host = page.locator('#crm-sidebar');
  await expect(host).toHaveCSS('width', '360px');
  const covered = await page.evaluate(() => {
    const sidebarLeft = document.getElementById('crm-sidebar')?.getBoundingClientRect().left ?? 0;
    const controls = document.querySelectorAll('a, button, input, [role="button"], [role="link"], [tabindex]');
    return [...controls]
      .filter((c) => c.getBoundingClientRect().width > 0 && c.getBoundingClientRect().right > sidebarLeft)
      .map((c) => c.outerHTML.slice(0, 80));
  });
  expect(covered).toEqual([]);
});
