import type { BrowserContext, Page } from '@playwright/test';
import { ask, expect, fixture, test } from './extension';

const LI = 'https://www.linkedin.com';
const CARL = `${LI}/in/carl-ortiz-4a5b6c/`;
const JOSE = `${LI}/in/jos%C3%A9-garc%C3%ADa-5b1a2c/`;
const THREAD = `${LI}/messaging/thread/2-OWE3ZTM4YjUtNjQ0Ni00ZjJhLWI5MjItOGNkYzlkZDQ2ZjQ4XzAxMA==/`;

const sidebarOf = (page: Page) => page.frameLocator('#crm-sidebar iframe');

/** Serves each LinkedIn path from its fixture, as LinkedIn's own server would for a full page load. */
async function serveLinkedIn(context: BrowserContext) {
  await context.route(`${LI}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const file =
      (path.startsWith('/in/carl') && 'profile-classic.html') ||
      (path.startsWith('/in/jos') && 'profile-hashed.html') ||
      (path.startsWith('/messaging/') && 'messaging.html') ||
      (path.startsWith('/search/') && 'search.html') ||
      (path.startsWith('/company/') && 'company.html') ||
      'feed.html';
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: fixture(`linkedin/${file}`) });
  });
}

test.beforeEach(async ({ context }) => {
  await serveLinkedIn(context);
});

test('a classic profile shows the person; Save keeps name, headline, company and profile', async ({
  context,
  extensionPage,
}) => {
  const page = await context.newPage();
  await page.goto(CARL);
  const carl = sidebarOf(page).getByRole('article', { name: 'Carl Ortiz' });
  await expect(carl).toContainText('Customer Example Ltd');
  await expect(carl).toContainText('Head of Procurement');
  await expect(carl).toContainText('Not in Rapport yet');
  await carl.getByRole('button', { name: 'Add to Rapport' }).click();
  await expect(sidebarOf(page).getByRole('status')).toContainText('Saved Carl Ortiz');
  await expect(carl).not.toContainText('Not in Rapport yet');

  const [found] = await ask<{ card: { contact: Record<string, unknown> } | null }[]>(extensionPage, 'contacts.lookup', {
    account: null,
    people: [{ linkedin: 'https://www.linkedin.com/in/Carl-Ortiz-4a5b6c' }],
  });
  expect(found?.card?.contact).toMatchObject({
    name: 'Carl Ortiz',
    linkedin: 'carl-ortiz-4a5b6c',
    orgName: 'Customer Example Ltd',
    title: 'Head of Procurement at Customer Example Ltd | Sourcing, supplier relationships',
    source: 'linkedin',
  });
});

test('a profile with hashed class names still shows the right person', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(JOSE);
  const jose = sidebarOf(page).getByRole('article', { name: 'José García' });
  await expect(jose).toContainText('Booking.com');
  await expect(jose).toContainText('Directora de Ventas');
  // "More profiles for you" in the aside is not this profile.
  await expect(sidebarOf(page).getByRole('article')).toHaveCount(1);
});

test('history navigation never shows the previous profile', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(CARL);
  const sidebar = sidebarOf(page);
  await expect(sidebar.getByRole('article', { name: 'Carl Ortiz' })).toBeVisible();
  // The SPA changes the address first; Carl's profile is still on screen for a moment.
  await page.evaluate(() => history.pushState({}, '', '/in/jos%C3%A9-garc%C3%ADa-5b1a2c/'));
  await expect(sidebar.getByRole('article', { name: 'Carl Ortiz' })).toHaveCount(0);
  await expect(sidebar.getByText('Waiting for the page to finish loading…')).toBeVisible();
  // Then it renders the new profile in place.
  const next = fixture('linkedin/profile-hashed.html');
  await page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    document.body.replaceChildren(...Array.from(doc.body.childNodes).map((n) => document.adoptNode(n)));
  }, next);
  await expect(sidebar.getByRole('article', { name: 'José García' })).toBeVisible();
  await expect(sidebar.getByRole('article')).toHaveCount(1);
});

test('one click logs a profile visit, once a day', async ({ context, extensionPage }) => {
  const page = await context.newPage();
  await page.goto(CARL);
  const carl = sidebarOf(page).getByRole('article', { name: 'Carl Ortiz' });
  const touches = carl.getByRole('group', { name: 'Log a LinkedIn touch' });
  await touches.getByRole('button', { name: 'Profile visit' }).click();
  await expect(sidebarOf(page).getByRole('status')).toContainText('Logged: Profile visit.');
  await expect(carl.getByRole('region', { name: 'Last interactions' })).toContainText('LinkedIn');
  await touches.getByRole('button', { name: 'Profile visit' }).click();
  await expect(sidebarOf(page).getByRole('status')).toContainText('Already logged');
  expect(await ask(extensionPage, 'workspace.stats', {})).toMatchObject({ contacts: 1, interactions: 1 });
});

test('a messaging thread shows the other participant and logs each message once', async ({
  context,
  extensionPage,
}) => {
  const page = await context.newPage();
  await page.goto(THREAD);
  const sidebar = sidebarOf(page);
  await expect(sidebar.getByRole('article', { name: 'Raj Patel' })).toBeVisible();
  await expect(sidebar.getByRole('article')).toHaveCount(1);
  const log = sidebar.getByRole('button', { name: 'Log this conversation (4 messages)' });
  await log.click();
  await expect(sidebar.getByRole('status')).toContainText('Logged 4 LinkedIn messages.');
  await log.click();
  await expect(sidebar.getByRole('status')).toContainText('Already logged');
  expect(await ask(extensionPage, 'workspace.stats', {})).toMatchObject({ contacts: 1, interactions: 4 });
});

test('search results list every person, each with Save; a company page shows the organisation', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${LI}/search/results/people/?keywords=customer`);
  const sidebar = sidebarOf(page);
  for (const name of ['Dee Park', 'Bo Chen', 'Émile Zola-Dupont']) {
    await expect(sidebar.getByRole('article', { name })).toBeVisible();
  }
  await sidebar.getByRole('article', { name: 'Bo Chen' }).getByRole('button', { name: 'Add to Rapport' }).click();
  await expect(sidebar.getByRole('status')).toContainText('Saved Bo Chen');

  await page.goto(`${LI}/company/customer-example/`);
  const org = sidebarOf(page).getByRole('region', { name: 'Organisation' });
  await expect(org).toContainText('Customer Example Ltd');
  await expect(org).toContainText('No contact saved at Customer Example Ltd yet.');
});

test('hostile names render as text, and markup problems are said, not thrown', async ({ context }) => {
  const errors: string[] = [];
  const hostile = `<img src=x onerror="document.title='pwned'">\u202Egnp.exe ${'A'.repeat(10_000)}`;
  const escaped = hostile.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  await context.route(`${LI}/in/carl*/**`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: fixture('linkedin/profile-classic.html').replace('>Carl Ortiz</h1>', `>${escaped}</h1>`),
    }),
  );
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(CARL);
  const sidebar = sidebarOf(page);
  const card = sidebar.getByRole('article').first();
  await expect(card).toContainText('<img src=x onerror=');
  await expect(sidebar.locator('img')).toHaveCount(0);
  expect(await page.title()).not.toBe('pwned');

  // The feed's markup at a profile address, without the name: nothing to show but what went wrong.
  await page.goto(`${LI}/feed/`);
  await page.evaluate(() => {
    for (const h1 of document.querySelectorAll('main h1')) h1.remove();
    history.pushState({}, '', '/in/dee-park-77/');
  });
  await expect(sidebarOf(page).getByRole('alert')).toContainText('The person’s name.');
  await expect(sidebarOf(page).getByRole('form', { name: 'Add a person' })).toBeVisible();
  expect(errors).toEqual([]);
});
