import { ask, expect, fixture, serve, test } from './extension';

const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/18bfd1c2a3e4f567';
const sidebarOf = (page: import('@playwright/test').Page) => page.frameLocator('#crm-sidebar iframe');

test.beforeEach(async ({ context }) => {
  await serve(context, 'https://mail.google.com/**', fixture('gmail/thread.html'));
});

test('the sidebar shows the people of the open thread, never the user', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(THREAD_URL);
  const sidebar = sidebarOf(page);
  await expect(sidebar.getByRole('heading', { name: 'Renewal quote for 2027' })).toBeVisible();
  await expect(sidebar.getByRole('article', { name: 'Carl Ortiz' })).toContainText('carl@customer.example');
  await expect(sidebar.getByRole('article', { name: 'Dee Park' })).toContainText('dee@customer.example');
  await expect(sidebar.getByRole('article', { name: 'Raj Patel' })).toBeVisible();
  await expect(sidebar.getByText('ann@example.com')).toHaveCount(0);
});

test('one click logs the thread, and it survives a reload', async ({ context, extensionPage }) => {
  const page = await context.newPage();
  await page.goto(THREAD_URL);
  const sidebar = sidebarOf(page);
  await sidebar.getByRole('button', { name: /Log this email/ }).click();
  await expect(sidebar.getByRole('status')).toContainText(/Logged \d+ messages/);
  const afterLog = await ask<Record<string, number>>(extensionPage, 'workspace.stats', {});
  expect(afterLog.interactions).toBeGreaterThanOrEqual(2);
  expect(afterLog.contacts).toBe(4);

  await page.reload();
  const carl = sidebarOf(page).getByRole('article', { name: 'Carl Ortiz' });
  await expect(carl.getByRole('region', { name: 'Last interactions' }).getByRole('listitem')).not.toHaveCount(0);
  await expect(carl).not.toContainText('Not in Rapport yet');
});

test('with Private ticked, one click logs the thread for this machine only', async ({ context, extensionPage }) => {
  const page = await context.newPage();
  await page.goto(THREAD_URL);
  const sidebar = sidebarOf(page);
  await sidebar.getByRole('checkbox', { name: /^Private/ }).check();
  await sidebar.getByRole('button', { name: /Log this email/ }).click();
  await expect(sidebar.getByRole('status')).toContainText(/Logged \d+ messages .* privately/);
  const stats = await ask<Record<string, number>>(extensionPage, 'workspace.stats', {});
  expect(stats.interactions).toBeGreaterThanOrEqual(2);
  // The revisions store (the team's outbox) holds the new contacts, and no interaction.
  const revisions = await extensionPage.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('rapport');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const keys = open.result.transaction('revisions').objectStore('revisions').getAllKeys();
          keys.onsuccess = () => resolve(keys.result.map(String));
          keys.onerror = () => reject(keys.error);
        };
      }),
  );
  expect(revisions.filter((key) => key.startsWith('contacts/'))).toHaveLength(stats.contacts ?? -1);
  expect(revisions.filter((key) => key.startsWith('interactions/'))).toEqual([]);
  const [carl] = await ask<{ id: string }[]>(extensionPage, 'contacts.search', { query: 'carl', limit: 1 });
  const detail = await ask<{ interactions: { private?: boolean }[] }>(extensionPage, 'contacts.detail', {
    id: carl?.id ?? '',
  });
  expect(detail.interactions.length).toBeGreaterThan(0);
  expect(detail.interactions.every((i) => i.private === true)).toBe(true);
});

test('logging the same thread twice creates no duplicates', async ({ context, extensionPage }) => {
  const page = await context.newPage();
  await page.goto(THREAD_URL);
  const log = sidebarOf(page).getByRole('button', { name: /Log this email/ });
  await log.click();
  await expect(sidebarOf(page).getByRole('status')).toContainText(/Logged/);
  const once = await ask<Record<string, number>>(extensionPage, 'workspace.stats', {});
  await log.click();
  await expect(sidebarOf(page).getByRole('status')).toContainText('Already logged');
  expect(await ask(extensionPage, 'workspace.stats', {})).toEqual(once);
});

test('undo takes a log back', async ({ context, extensionPage }) => {
  const page = await context.newPage();
  await page.goto(THREAD_URL);
  const sidebar = sidebarOf(page);
  await sidebar.getByRole('button', { name: /Log this email/ }).click();
  await sidebar.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(sidebar.getByRole('status')).toContainText('Log undone');
  expect(await ask(extensionPage, 'workspace.stats', {})).toMatchObject({ interactions: 0, contacts: 0 });
});

test('an unknown person is added in one click, and a note stays out of the host page', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(THREAD_URL);
  const sidebar = sidebarOf(page);
  const dee = sidebar.getByRole('article', { name: 'Dee Park' });
  await dee.getByRole('button', { name: 'Add to Rapport' }).click();
  const note = 'Secret renewal budget: 48,000 USD';
  await dee.getByRole('textbox', { name: 'Quick note about Dee Park' }).fill(note);
  await dee.getByRole('button', { name: 'Save note' }).click();
  await expect(dee.getByRole('region', { name: 'Notes' })).toContainText(note);

  const hostHtml = await page.evaluate(() => document.documentElement.outerHTML);
  expect(hostHtml).not.toContain('Secret renewal budget');
  expect(hostHtml).not.toContain('Not in Rapport yet');
  const readable = await page.evaluate(() => {
    const frame = document.querySelector<HTMLIFrameElement>('#crm-sidebar iframe');
    try {
      return frame?.contentDocument?.body?.innerText ?? null;
    } catch {
      return null;
    }
  });
  expect(readable).toBeNull();
});

test('the sidebar follows in-page navigation to the inbox and back', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(THREAD_URL);
  const sidebar = sidebarOf(page);
  await expect(sidebar.getByRole('article', { name: 'Carl Ortiz' })).toBeVisible();
  await page.evaluate(() => {
    document.querySelector('h2.hP')?.remove();
    for (const m of document.querySelectorAll('[data-message-id]')) m.remove();
    location.hash = '#inbox';
  });
  await expect(sidebar.getByText('Open a conversation to see who is in it.')).toBeVisible();
  await expect(sidebar.getByRole('article')).toHaveCount(0);
});

test('collapsing the sidebar is remembered', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(THREAD_URL);
  await sidebarOf(page).getByRole('button', { name: 'Collapse the Rapport sidebar' }).click();
  await expect(page.locator('#crm-sidebar')).toHaveCSS('width', '44px');
  await page.reload();
  await expect(sidebarOf(page).getByRole('button', { name: 'Expand the Rapport sidebar' })).toBeVisible();
  await expect(page.locator('#crm-sidebar')).toHaveCSS('width', '44px');
});

test('a bare page with only the documented Gmail structure still shows its people', async ({ context }) => {
  const minimal = `<!doctype html><html><head><title>Gmail</title></head><body><div role="main">
    <h2 class="hP" data-legacy-thread-id="abc123def4567890">Shipping schedule</h2>
    <div class="adn ads" data-message-id="#msg-f:1">
      <span class="gD" email="lena.berg@fjord.example" name="Lena Berg">Lena Berg</span>
      <span class="g2" email="omar@sand.example" name="Omar Haddad">Omar</span>
      <span class="g3" title="Tue, Nov 10, 2026, 4:20 PM">Nov 10</span>
      <div class="ii gt"><div class="a3s">Body mentions <span email="body@x.example">someone</span>.</div></div>
    </div></div></body></html>`;
  await context.unroute('https://mail.google.com/**');
  await serve(context, 'https://mail.google.com/**', minimal);
  const page = await context.newPage();
  await page.goto('https://mail.google.com/mail/u/0/');
  const sidebar = sidebarOf(page);
  await expect(sidebar.getByRole('article', { name: 'Lena Berg' })).toContainText('lena.berg@fjord.example');
  await expect(sidebar.getByRole('article', { name: 'Omar Haddad' })).toContainText('omar@sand.example');
  await expect(sidebar.getByText('body@x.example')).toHaveCount(0);
});
