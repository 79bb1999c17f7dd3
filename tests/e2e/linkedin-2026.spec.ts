import type { BrowserContext, Page } from '@playwright/test';
import { ask, expect, fixture, test } from './extension';

const LI = 'https://www.linkedin.com';
const MEI = `${LI}/in/mei-lin-0a1b2c/`;
const TOMAS = `${LI}/in/tomas-novak-cz/`;
const THREAD = `${LI}/messaging/thread/2-OWE3ZTM4YjUtNjQ0Ni00ZjJhLWI5MjItOGNkYzlkZDQ2ZjQ4XzAxMA==/`;
const SEARCH = `${LI}/search/results/people/?keywords=northwind`;

const sidebarOf = (page: Page) => page.frameLocator('#crm-sidebar iframe');

/** Pages served with a change, by path prefix, for the test that sets them. */
let changed: Record<string, (html: string) => string> = {};

/** Serves each LinkedIn path from its fixture, as LinkedIn's own server would for a full page load. */
async function serveLinkedIn(context: BrowserContext) {
  await context.route(`${LI}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const file =
      (path.startsWith('/in/mei') && 'profile-server-driven.html') ||
      (path.startsWith('/in/tomas') && 'profile-pymk.html') ||
      (path.startsWith('/messaging/') && 'messaging.html') ||
      (path.startsWith('/search/') && 'search-2026.html') ||
      'bubble-feed.html';
    const change = Object.entries(changed).find(([prefix]) => path.startsWith(prefix))?.[1] ?? ((html) => html);
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: change(fixture(`linkedin/${file}`)) });
  });
}

test.beforeEach(async ({ context }) => {
  changed = {};
  await serveLinkedIn(context);
});

test('a server-driven profile (no h1) shows its member, never a "People you may know" card', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(MEI);
  const mei = sidebarOf(page).getByRole('article', { name: 'Mei Lin' });
  await expect(mei).toContainText('Northwind Traders');
  await expect(mei).toContainText('VP Sales EMEA');
  await expect(sidebarOf(page).getByRole('article')).toHaveCount(1);

  await page.goto(TOMAS);
  const tomas = sidebarOf(page).getByRole('article', { name: 'Tomáš Novák' });
  await expect(tomas).toContainText('Example Logistics s.r.o.');
  await expect(sidebarOf(page).getByRole('article')).toHaveCount(1);
  await expect(sidebarOf(page).getByText('Dee Park')).toHaveCount(0);
});

test('2026 search results: each person with Save; a saved person shows their card and tier', async ({
  context,
  extensionPage,
}) => {
  const dee = await ask<{ contact: { id: string } }>(extensionPage, 'contacts.save', {
    name: 'Dee Park',
    linkedin: 'dee-park-77',
    source: 'manual',
  });
  await ask(extensionPage, 'contacts.overrideTier', {
    id: dee.contact.id,
    override: { tier: 'A', reason: 'Signs off every order' },
  });
  const page = await context.newPage();
  await page.goto(SEARCH);
  const sidebar = sidebarOf(page);
  for (const name of ['Mei Lin', 'Søren Kierkegaard-Holm']) {
    await expect(sidebar.getByRole('article', { name })).toContainText('Not in Rapport yet');
  }
  await expect(sidebar.getByRole('article', { name: 'Dee Park' })).toContainText('Key · A');
  await sidebar.getByRole('article', { name: 'Mei Lin' }).getByRole('button', { name: 'Add to Rapport' }).click();
  await expect(sidebar.getByRole('status')).toContainText('Saved Mei Lin');
  await expect(sidebar.getByRole('article', { name: 'Mei Lin' })).not.toContainText('Not in Rapport yet');
  expect(await ask(extensionPage, 'workspace.stats', {})).toMatchObject({ contacts: 2 });
});

test('the chat window over the feed: its person shows, one click logs its visible messages once, the messaging page adds the rest', async ({
  context,
  extensionPage,
}) => {
  const page = await context.newPage();
  await page.goto(`${LI}/feed/`);
  const sidebar = sidebarOf(page);
  const chatting = sidebar.getByRole('article', { name: 'Raj Patel' }).filter({ hasText: 'In a chat window with you' });
  await expect(chatting).toHaveCount(1);
  await expect(sidebar.getByRole('article', { name: 'Lena Fischer' })).toContainText('In a chat window with you');
  // The feed's own people are still there.
  await expect(sidebar.getByRole('article', { name: 'Carl Ortiz' })).toBeVisible();
  // Nothing is written before a click.
  expect(await ask(extensionPage, 'workspace.stats', {})).toMatchObject({ contacts: 0, interactions: 0 });

  const log = chatting.getByRole('button', { name: 'Log this conversation (2 messages)' });
  await log.click();
  await expect(sidebar.getByRole('status')).toContainText('Logged 2 LinkedIn messages.');
  await log.click();
  await expect(sidebar.getByRole('status')).toContainText('Already logged');
  expect(await ask(extensionPage, 'workspace.stats', {})).toMatchObject({ contacts: 1, interactions: 2 });

  await page.goto(THREAD);
  await sidebarOf(page).getByRole('button', { name: 'Log this conversation (4 messages)' }).click();
  await expect(sidebarOf(page).getByRole('status')).toContainText('Logged 2 LinkedIn messages.');
  expect(await ask(extensionPage, 'workspace.stats', {})).toMatchObject({ contacts: 1, interactions: 4 });
});

test('a chat window with no profile link, and a search still loading: said, not guessed', async ({
  context,
  extensionPage,
}) => {
  changed['/feed'] = (html) => html.replace('href="/in/ACoAAG5h6I7j8K9l0M1n2O3p4Q/"', 'href="#"');
  changed['/search'] = (html) => html.replace(/<a class="o1p2q3"[^>]*>[^<]*<\/a>/g, '<span class="sk"></span>');
  const errors: string[] = [];
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${LI}/feed/`);
  const sidebar = sidebarOf(page);
  await expect(sidebar.getByRole('alert')).toContainText('Who one of your open chat windows is with.');
  await expect(sidebar.getByRole('article', { name: 'Lena Fischer' })).toHaveCount(0);
  await expect(sidebar.getByRole('article', { name: 'Raj Patel' }).filter({ hasText: 'chat window' })).toHaveCount(1);

  await page.goto(SEARCH);
  await expect(sidebarOf(page).getByRole('alert')).toContainText('the page may still be loading them');
  await expect(sidebarOf(page).getByRole('article')).toHaveCount(0);
  expect(await ask(extensionPage, 'workspace.stats', {})).toMatchObject({ contacts: 0, interactions: 0 });
  expect(errors).toEqual([]);
});

test('site health names the strategy that read each field, a fallback, and what it could not read', async ({
  context,
  extensionId,
}) => {
  changed['/in/tomas'] = (html) => html.replace('<h2 class="z6x7c8 v9b0n1">Tomáš Novák</h2>', '');
  const mei = await context.newPage();
  await mei.goto(MEI);
  await expect(sidebarOf(mei).getByRole('article', { name: 'Mei Lin' })).toBeVisible();
  const tomas = await context.newPage();
  await tomas.goto(TOMAS);
  await expect(sidebarOf(tomas).getByRole('alert')).toContainText('The person’s name.');

  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
  const health = settings.getByRole('group', { name: 'Site health' });
  await health.getByRole('button', { name: 'Check open tabs' }).click();
  const meiTab = health.getByRole('listitem').filter({ hasText: 'mei-lin-0a1b2c' }).first();
  const readings = meiTab.getByRole('list', { name: 'How each part was read' });
  await expect(readings).toContainText('name: slug-bound heading');
  await expect(readings).toContainText('headline: fell back to the line after the name');
  await expect(readings).toContainText('current company: fell back to company link in the top card');
  const tomasTab = health.getByRole('listitem').filter({ hasText: 'tomas-novak-cz' }).first();
  await expect(tomasTab.getByRole('list', { name: 'How each part was read' })).toContainText('name: could not read');
});

test('a page forging chat windows with hostile names: plain text, at most ten, nothing written', async ({
  context,
  extensionPage,
}) => {
  const evil = '<img src=x onerror="document.title=\'pwned\'">\u202Egnp.exe';
  const escaped = evil.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const forged = Array.from(
    { length: 40 },
    (_, i) =>
      `<div class="msg-overlay-conversation-bubble"><h2 class="msg-overlay-bubble-header__title"><a href="/in/ACoAAB1x2y3Z4w5V6u7T8s${String(i).padStart(2, '0')}/">${escaped} ${i}</a></h2></div>`,
  ).join('');
  changed['/feed'] = (html) => html.replace(/<aside id="msg-overlay"[\s\S]*?<\/aside>/, forged);
  const errors: string[] = [];
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${LI}/feed/`);
  const sidebar = sidebarOf(page);
  const chatting = sidebar.getByRole('article').filter({ hasText: 'In a chat window with you' });
  await expect(chatting).toHaveCount(10);
  await expect(chatting.first()).toContainText('<img src=x onerror=');
  await expect(sidebar.locator('img')).toHaveCount(0);
  expect(await page.title()).not.toBe('pwned');
  expect(await ask(extensionPage, 'workspace.stats', {})).toMatchObject({ contacts: 0, interactions: 0 });
  expect(errors).toEqual([]);
});
