import type { Page } from '@playwright/test';
import { ask, expect, fixture, serve, test } from './extension';

const INBOX = 'https://mail.google.com/mail/u/0/#inbox';
const THREAD = 'https://mail.google.com/mail/u/0/#inbox/18bfd1c2a3e4f567';
const CARL_LI = 'https://www.linkedin.com/in/carl-ortiz-4a5b6c/';
const sidebarOf = (page: Page) => page.frameLocator('#crm-sidebar iframe');

type Lookup = { card: { contact: { id: string; emails: string[]; linkedin?: string } } | null }[];

test.describe('Gmail compose', () => {
  test.beforeEach(async ({ context }) => {
    await serve(context, 'https://mail.google.com/**', fixture('gmail/compose.html'));
  });

  test('shows the recipients being written to, never the user', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(INBOX);
    const writing = sidebarOf(page).getByRole('region', { name: 'Writing to' });
    await expect(writing.getByRole('article', { name: 'Carl Ortiz' })).toContainText('carl@customer.example');
    await expect(writing.getByRole('article', { name: 'Dee Park' })).toContainText('dee@customer.example');
    await expect(writing.getByRole('article')).toHaveCount(2);
    await expect(sidebarOf(page).getByText('ann@example.com')).toHaveCount(0);
  });

  test('a sent email is logged once as outbound for the saved recipients when the window closes after Send', async ({
    context,
    extensionPage,
  }) => {
    const page = await context.newPage();
    await page.goto(INBOX);
    const sidebar = sidebarOf(page);
    const carl = sidebar.getByRole('article', { name: 'Carl Ortiz' });
    await carl.getByRole('button', { name: 'Add to Rapport' }).click();
    await expect(carl).not.toContainText('Not in Rapport yet');
    await page.locator('input[name="subjectbox"]').fill('Proposal for 2027, revised');
    await page.getByRole('button', { name: /^Send/ }).click();
    // Gmail closes the window once the message is on its way.
    await page.evaluate(() => document.querySelector('.dw')?.remove());
    await expect(sidebar.getByRole('status')).toContainText('Logged the email you sent to Carl Ortiz.');
    const [found] = await ask<{ card: { recent: { direction: string; subject: string }[] } | null }[]>(
      extensionPage,
      'contacts.lookup',
      { account: null, people: [{ email: 'carl@customer.example' }] },
    );
    expect(found?.card?.recent.map((i) => [i.direction, i.subject])).toEqual([
      ['outbound', 'Proposal for 2027, revised'],
    ]);
    // Dee was written to but never saved: she stays out of the book.
    expect(await ask(extensionPage, 'workspace.stats', {})).toMatchObject({ contacts: 1, interactions: 1 });
  });

  test('Ctrl+Enter sends too; a window that stays open logs nothing', async ({ context, extensionPage }) => {
    await ask(extensionPage, 'contacts.save', { name: 'Dee Park', email: 'dee@customer.example', source: 'manual' });
    const page = await context.newPage();
    await page.goto(INBOX);
    await expect(sidebarOf(page).getByRole('article', { name: 'Dee Park' })).not.toContainText('Not in Rapport yet');
    // Gmail refused to send (say, a bad address): the window stays.
    await page.getByRole('button', { name: /^Send/ }).click();
    await page.waitForTimeout(1500);
    expect(await ask(extensionPage, 'workspace.stats', {})).toMatchObject({ interactions: 0 });
    await page.locator('input[name="subjectbox"]').press('Control+Enter');
    await page.evaluate(() => document.querySelector('.dw')?.remove());
    await expect(sidebarOf(page).getByRole('status')).toContainText('Logged the email you sent to Dee Park.');
    expect(await ask(extensionPage, 'workspace.stats', {})).toMatchObject({ interactions: 1 });
  });
});

test('the inbox with no thread open shows today’s follow-ups and customers at risk', async ({ context }) => {
  await serve(context, 'https://mail.google.com/**', fixture('gmail/inbox.html'));
  const page = await context.newPage();
  await page.goto(INBOX);
  const sidebar = sidebarOf(page);
  await expect(sidebar.getByRole('region', { name: 'Follow up today' })).toContainText('Nothing due today.');
  await expect(sidebar.getByRole('region', { name: 'At risk' })).toContainText('No customer at risk.');
  await expect(sidebar.getByRole('article')).toHaveCount(0);
});

test('the same person seen on LinkedIn and on Gmail becomes one contact once the user confirms', async ({
  context,
  extensionPage,
}) => {
  await serve(context, 'https://www.linkedin.com/**', fixture('linkedin/profile-classic.html'));
  await serve(context, 'https://mail.google.com/**', fixture('gmail/thread.html'));
  const linkedin = await context.newPage();
  await linkedin.goto(CARL_LI);
  const onLinkedIn = sidebarOf(linkedin).getByRole('article', { name: 'Carl Ortiz' });
  await onLinkedIn.getByRole('button', { name: 'Add to Rapport' }).click();
  await expect(sidebarOf(linkedin).getByRole('status')).toContainText('Saved Carl Ortiz');

  const gmail = await context.newPage();
  await gmail.goto(THREAD);
  const onGmail = sidebarOf(gmail).getByRole('article', { name: 'Carl Ortiz' });
  const offer = onGmail.getByRole('group', { name: 'Same person as Carl Ortiz?' });
  await expect(offer).toContainText('Customer Example Ltd');
  // Nothing is linked before the user says so.
  expect((await ask<{ contacts: number }>(extensionPage, 'workspace.stats', {})).contacts).toBe(1);
  await offer.getByRole('button', { name: 'Yes, link them' }).click();
  await expect(sidebarOf(gmail).getByRole('status')).toContainText('Linked to Carl Ortiz');
  await expect(onGmail).not.toContainText('Not in Rapport yet');

  const [byEmail, bySlug] = await ask<Lookup>(extensionPage, 'contacts.lookup', {
    account: null,
    people: [{ email: 'carl@customer.example' }, { linkedin: 'carl-ortiz-4a5b6c' }],
  });
  expect(byEmail?.card?.contact.id).toBe(bySlug?.card?.contact.id);
  expect(byEmail?.card?.contact).toMatchObject({ emails: ['carl@customer.example'], linkedin: 'carl-ortiz-4a5b6c' });
  expect((await ask<{ contacts: number }>(extensionPage, 'workspace.stats', {})).contacts).toBe(1);
});

test('never-log domains set in settings are shown in the sidebar and never logged', async ({
  context,
  extensionPage,
  extensionId,
}) => {
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
  const domains = settings.getByRole('group', { name: 'Never-log domains' });
  await domains.getByRole('textbox', { name: 'Domain to add' }).fill('@Customer.Example');
  await domains.getByRole('button', { name: 'Add' }).click();
  await expect(domains.getByRole('list')).toContainText('customer.example');

  await serve(context, 'https://mail.google.com/**', fixture('gmail/thread.html'));
  const page = await context.newPage();
  await page.goto(THREAD);
  const sidebar = sidebarOf(page);
  await expect(sidebar.getByRole('article', { name: 'Carl Ortiz' })).toContainText('Never logged: personal domain');
  await sidebar.getByRole('button', { name: /Log this email/ }).click();
  await expect(sidebar.getByRole('status')).toContainText('Logged');
  // Only Bo (bo@example.com) is at another domain.
  expect(await ask(extensionPage, 'workspace.stats', {})).toMatchObject({ contacts: 1 });
});

test('duplicates are merged only after confirmation, keep every record, and can be undone', async ({
  extensionPage,
  extensionId,
  context,
}) => {
  // Any spelling of one Gmail address is one contact already; two addresses at one organisation are not.
  const a = await ask<{ contact: { id: string } }>(extensionPage, 'contacts.save', {
    name: 'Mei Chen',
    email: 'mei.chen@gmail.com',
    company: 'Northwind',
    source: 'manual',
  });
  const same = await ask<{ contact: { id: string } }>(extensionPage, 'contacts.save', {
    name: 'Mei C.',
    email: 'meichen+crm@gmail.com',
    source: 'manual',
  });
  expect(same.contact.id).toBe(a.contact.id);
  const b = await ask<{ contact: { id: string } }>(extensionPage, 'contacts.save', {
    name: 'Mei Chen',
    email: 'mei@northwind.example',
    company: 'Northwind Ltd',
    source: 'manual',
  });
  await ask(extensionPage, 'notes.add', { contactId: b.contact.id, text: 'Prefers WeChat' });
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#duplicates`);
  const pair = page.getByRole('listitem', { name: /Possible duplicate: Mei/ });
  await expect(pair).toContainText('Same name and organisation');
  await pair.getByRole('button', { name: 'Merge…' }).click();
  expect((await ask<{ contacts: number }>(extensionPage, 'workspace.stats', {})).contacts).toBe(2);
  await pair.getByRole('radio', { name: /mei\.chen@gmail\.com/ }).check();
  await pair.getByRole('button', { name: 'Merge into Mei Chen' }).click();
  await expect(page.getByRole('status')).toContainText('Merged Mei Chen into Mei Chen.');
  expect(await ask(extensionPage, 'workspace.stats', {})).toMatchObject({ contacts: 1, notes: 1 });
  const notes = await ask<{ text: string }[]>(extensionPage, 'notes.list', { contactId: a.contact.id, limit: 5 });
  expect(notes.map((n) => n.text)).toEqual(['Prefers WeChat']);

  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status')).toContainText('Merge undone');
  expect((await ask<{ contacts: number }>(extensionPage, 'workspace.stats', {})).contacts).toBe(2);
  const back = await ask<{ text: string }[]>(extensionPage, 'notes.list', { contactId: b.contact.id, limit: 5 });
  expect(back.map((n) => n.text)).toEqual(['Prefers WeChat']);
});

test('site health reports what each open tab’s detectors read', async ({ context, extensionId }) => {
  await serve(context, 'https://mail.google.com/**', fixture('gmail/thread.html'));
  const gmail = await context.newPage();
  await gmail.goto(THREAD);
  await expect(sidebarOf(gmail).getByRole('article', { name: 'Carl Ortiz' })).toBeVisible();
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
  const health = settings.getByRole('group', { name: 'Site health' });
  await health.getByRole('button', { name: 'Check open tabs' }).click();
  const tab = health.getByRole('listitem').filter({ hasText: 'mail.google.com' });
  await expect(tab).toContainText('Conversation: 4 people, 2 messages');
  await expect(tab).toContainText('Some collapsed messages');
  await tab.getByText('Detectors (elements found)').click();
  await expect(tab.getByRole('row', { name: /subject/ }).first()).toBeVisible();
});

test('the run-time content scripts are where the registration says', async ({ extensionPage }) => {
  const registered = await extensionPage.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
    await api.scripting.registerContentScripts([
      { id: 'check-web', js: ['/content-scripts/web.js'], matches: ['https://example.com/*'] },
      { id: 'check-outlook', js: ['/content-scripts/outlook.js'], matches: ['https://outlook.live.com/*'] },
    ]);
    const found = await api.scripting.getRegisteredContentScripts({ ids: ['check-web', 'check-outlook'] });
    await api.scripting.unregisterContentScripts({ ids: ['check-web', 'check-outlook'] });
    return found.map((s) => s.id).sort();
  });
  expect(registered).toEqual(['check-outlook', 'check-web']);
});
