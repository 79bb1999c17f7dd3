import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ask, expect, fixture, serve, test } from './extension';

const LI = 'https://www.linkedin.com';
const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/18bfd1c2a3e4f567';
const CSV = 'linkedin-connections-customer.csv';

const sidebarOf = (page: Page) => page.frameLocator('#crm-sidebar iframe');

/** Imports the LinkedIn Connections export through the dashboard's Import page, as a user would. */
async function importConnections(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#import`);
  await expect(page.getByRole('heading', { name: 'Import', exact: true })).toBeVisible();
  await page.getByLabel('Choose a file to import').setInputFiles({
    name: CSV,
    mimeType: 'text/csv',
    buffer: readFileSync(path.resolve('tests/fixtures/import', CSV)),
  });
  await expect(page.getByRole('heading', { name: /LinkedIn Connections/ })).toBeVisible();
  await expect(page.getByText('2 valid rows, 0 bad rows.')).toBeVisible();
  await page.getByRole('button', { name: 'Continue: check for duplicates' }).click();
  await page.getByRole('button', { name: 'Import 2 valid rows (skip 0 bad ones)' }).click();
  await expect(page.getByText('Imported: 2 new, 0 updated, 0 already up to date, 0 skipped.')).toBeVisible();
}

test.beforeEach(async ({ context }) => {
  // Every profile path shows Carl's classic profile; Gmail shows the thread Carl and Dee are on.
  await context.route(`${LI}/**`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: fixture('linkedin/profile-classic.html') }),
  );
  await serve(context, 'https://mail.google.com/**', fixture('gmail/thread.html'));
});

test('an imported LinkedIn connection is recognised on their own profile and in Gmail', async ({
  context,
  page,
  extensionId,
}) => {
  await importConnections(page, extensionId);
  const stored = await ask<{ card: { contact: Record<string, unknown> } | null }[]>(page, 'contacts.lookup', {
    account: null,
    people: [{ linkedin: `${LI}/in/carl-ortiz-4a5b6c/?trk=public_profile` }, { linkedin: 'ACoAAB1cDeFgHiJkLmNoPq' }],
  });
  expect(stored.map((s) => s.card?.contact.linkedin)).toEqual(['carl-ortiz-4a5b6c', 'ACoAAB1cDeFgHiJkLmNoPq']);

  const profile = await context.newPage();
  await profile.goto(`${LI}/in/carl-ortiz-4a5b6c/`);
  const carl = sidebarOf(profile).getByRole('article', { name: 'Carl Ortiz' });
  await expect(carl).toContainText('Customer Example Ltd');
  await expect(carl.getByRole('region', { name: 'Last interactions' })).toBeVisible();
  await expect(carl).not.toContainText('Not in Rapport yet');
  await expect(carl.getByRole('button', { name: 'Add to Rapport' })).toHaveCount(0);

  const gmail = await context.newPage();
  await gmail.goto(THREAD_URL);
  const sidebar = sidebarOf(gmail);
  await expect(sidebar.getByRole('heading', { name: 'Renewal quote for 2027' })).toBeVisible();
  for (const name of ['Carl Ortiz', 'Dee Park']) {
    const person = sidebar.getByRole('article', { name });
    await expect(person.getByRole('region', { name: 'Last interactions' })).toBeVisible();
    await expect(person).not.toContainText('Not in Rapport yet');
  }
  // Raj is on the thread but not in the file: still unknown.
  await expect(sidebar.getByRole('article', { name: 'Raj Patel' })).toContainText('Not in Rapport yet');
});
