// Rapport in Firefox ESR: the paths a user takes, checked by what they leave in the background's database and
// on screen. Run by tests/firefox/run.mjs after `npm run build:firefox`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ask,
  clickButton,
  EXTENSION,
  fixture,
  launchFirefox,
  sidebarOf,
  textOf,
  waitFor,
  waitForText,
} from './firefox.mjs';

const THREAD = 'https://mail.google.com/mail/u/0/#inbox/18bfd1c2a3e4f567';
const INBOX = 'https://mail.google.com/mail/u/0/#inbox';
const CARL_LI = 'https://www.linkedin.com/in/carl-ortiz-4a5b6c/';
const LI_THREAD =
  'https://www.linkedin.com/messaging/thread/2-OWE3ZTM4YjUtNjQ0Ni00ZjJhLWI5MjItOGNkYzlkZDQ2ZjQ4XzAxMA==/';

/** A fresh Firefox profile per test: nothing carries over between them. */
function withFirefox(test) {
  return async () => {
    const firefox = await launchFirefox();
    try {
      const dashboard = await firefox.extensionPage('dashboard.html');
      await test({ ...firefox, dashboard, stats: () => ask(dashboard, 'workspace.stats', {}) });
      assert.deepEqual(firefox.errors, [], 'no errors from the add-on');
    } finally {
      await firefox.close();
    }
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const gmail = (firefox, file) => firefox.sitePage({ 'https://mail.google.com/': fixture(`gmail/${file}`) });

describe('Rapport in Firefox', { concurrency: 1 }, () => {
  it(
    'the popup and the dashboard load, and the background keeps the book in IndexedDB',
    withFirefox(async ({ extensionPage, dashboard, stats }) => {
      await waitFor(() => textOf(dashboard).then((t) => t.includes('Rapport')), 'the dashboard');
      await ask(dashboard, 'contacts.save', { name: 'Mei Chen', email: 'mei@client.example', source: 'manual' });
      const popup = await extensionPage('popup.html');
      await waitFor(
        () => popup.evaluate(() => Boolean(document.querySelector('input[type="search"], input'))),
        'search',
      );
      await popup.type('input', 'Mei');
      await waitForText(popup.mainFrame(), 'Mei Chen');
      assert.equal((await stats()).contacts, 1);
    }),
  );

  it(
    'a Gmail thread: the sidebar shows its people, never the user, and a log survives a reload and is undone',
    withFirefox(async ({ sitePage, dashboard, stats }) => {
      await ask(dashboard, 'contacts.save', { name: 'Carl Ortiz', email: 'carl@customer.example', source: 'manual' });
      const page = await gmail({ sitePage }, 'thread.html');
      await page.goto(THREAD);
      let sidebar = await sidebarOf(page);
      await waitForText(sidebar, 'Renewal quote for 2027');
      for (const name of ['Carl Ortiz', 'Dee Park', 'Raj Patel']) await waitForText(sidebar, name);
      assert.ok(!(await textOf(sidebar)).includes('ann@example.com'));

      await clickButton(sidebar, /Log this email/);
      await waitForText(sidebar, 'Logged');
      await clickButton(sidebar, /^Undo$/);
      await waitForText(sidebar, 'Log undone');
      assert.equal((await stats()).interactions, 0);

      await clickButton(sidebar, /Log this email/);
      await waitFor(async () => (await stats()).interactions >= 2, 'the thread logged');
      const logged = await stats();

      await page.reload();
      sidebar = await sidebarOf(page);
      await waitForText(sidebar, 'Carl Ortiz');
      await clickButton(sidebar, /Log this email/);
      await waitForText(sidebar, 'Already logged');
      assert.deepEqual(await stats(), logged);
    }),
  );

  it(
    'a page change reaches the sidebar: leaving the thread for the inbox empties it',
    withFirefox(async ({ sitePage }) => {
      const page = await gmail({ sitePage }, 'thread.html');
      await page.goto(THREAD);
      const sidebar = await sidebarOf(page);
      await waitForText(sidebar, 'Carl Ortiz');
      await page.evaluate(() => {
        document.querySelector('h2.hP')?.remove();
        for (const m of document.querySelectorAll('[data-message-id]')) m.remove();
        location.hash = '#inbox';
      });
      await waitForText(sidebar, 'Open a conversation to see who is in it.');
      assert.ok(!(await textOf(sidebar)).includes('Carl Ortiz'));
    }),
  );

  it(
    'an unknown person is added from the sidebar in one click, and a note is kept out of the host page',
    withFirefox(async ({ sitePage, stats }) => {
      const page = await gmail({ sitePage }, 'thread.html');
      await page.goto(THREAD);
      const sidebar = await sidebarOf(page);
      await clickButton(sidebar, /^Add to Rapport$/, 'Dee Park');
      await waitFor(async () => (await stats()).contacts === 1, 'Dee saved');
      const note = 'Secret renewal budget: 48,000 USD';
      await waitFor(
        () =>
          sidebar.evaluate((text) => {
            const box = document.querySelector('article[aria-label="Dee Park"] textarea');
            if (!box) return false;
            box.value = text;
            box.dispatchEvent(new Event('input', { bubbles: true }));
            return true;
          }, note),
        'the note box',
      );
      await clickButton(sidebar, /^Save note$/, 'Dee Park');
      await waitFor(async () => (await stats()).notes === 1, 'the note saved');
      assert.ok(!(await page.evaluate(() => document.documentElement.outerHTML)).includes('Secret renewal'));
    }),
  );

  it(
    'an email sent from Gmail compose is logged once for the saved recipient',
    withFirefox(async ({ sitePage, dashboard, stats }) => {
      await ask(dashboard, 'contacts.save', { name: 'Carl Ortiz', email: 'carl@customer.example', source: 'manual' });
      const page = await gmail({ sitePage }, 'compose.html');
      await page.goto(INBOX);
      const sidebar = await sidebarOf(page);
      await waitForText(sidebar, 'Carl Ortiz');
      // The user's own click on Send (a trusted event), then Gmail closes the window.
      await page.click('[role="button"][data-tooltip^="Send"]');
      await page.evaluate(() => document.querySelector('.dw')?.remove());
      await waitForText(sidebar, 'Logged the email you sent to Carl Ortiz.');
      const [found] = await ask(dashboard, 'contacts.lookup', {
        account: null,
        people: [{ email: 'carl@customer.example' }],
      });
      assert.deepEqual(
        found.card.recent.map((i) => i.direction),
        ['outbound'],
      );
      assert.equal((await stats()).interactions, 1);
    }),
  );

  it(
    'a LinkedIn profile: the sidebar reads the person and saves them with their profile',
    withFirefox(async ({ sitePage, stats }) => {
      const page = await sitePage({ 'https://www.linkedin.com/': fixture('linkedin/profile-classic.html') });
      await page.goto(CARL_LI);
      const sidebar = await sidebarOf(page);
      await waitForText(sidebar, 'Customer Example Ltd');
      await waitForText(sidebar, 'Not in Rapport yet');
      await clickButton(sidebar, /^Add to Rapport$/, 'Carl Ortiz');
      await waitFor(async () => (await stats()).contacts === 1, 'Carl saved');
    }),
  );

  it(
    'LinkedIn messaging logs a conversation once; search results are each saved from the sidebar',
    withFirefox(async ({ sitePage, stats }) => {
      const page = await sitePage({
        'https://www.linkedin.com/messaging/': fixture('linkedin/messaging.html'),
        'https://www.linkedin.com/search/': fixture('linkedin/search.html'),
      });
      await page.goto(LI_THREAD);
      let sidebar = await sidebarOf(page);
      await waitForText(sidebar, 'Raj Patel');
      await clickButton(sidebar, /^Log this conversation \(4 messages\)$/);
      await waitForText(sidebar, 'Logged 4 LinkedIn messages.');
      await clickButton(sidebar, /^Log this conversation/);
      await waitForText(sidebar, 'Already logged');
      const logged = await stats();
      assert.equal(logged.contacts, 1);
      assert.equal(logged.interactions, 4);

      await page.goto('https://www.linkedin.com/search/results/people/?keywords=customer');
      sidebar = await sidebarOf(page);
      for (const name of ['Dee Park', 'Bo Chen', 'Émile Zola-Dupont']) await waitForText(sidebar, name);
      await clickButton(sidebar, /^Add to Rapport$/, 'Bo Chen');
      await waitForText(sidebar, 'Saved Bo Chen');
      assert.equal((await stats()).contacts, 2);
    }),
  );

  it(
    'on a site the user has not turned on nothing is mounted, a sidebar framed there shows nothing, and no CRM data reaches either page',
    withFirefox(async ({ sitePage, dashboard }) => {
      await ask(dashboard, 'contacts.save', {
        name: 'Carl Ortiz',
        email: 'carl@customer.example',
        title: 'Head of Procurement',
        company: 'Customer Example Ltd',
        source: 'manual',
      });
      // A page naming a saved person the way Rapport reads people on sites the user turns on.
      const person = `<p><a href="mailto:carl@customer.example">carl@customer.example</a></p>
        <div itemscope itemtype="https://schema.org/Person"><span itemprop="email">carl@customer.example</span></div>`;
      const crmData = ['Carl Ortiz', 'Procurement', 'Customer Example Ltd', 'Rapport', 'moz-extension'];
      const hostHtml = (page) => page.evaluate(() => document.documentElement.outerHTML);

      const shop = await sitePage({ 'https://shop.example/': `<!doctype html><title>Shop</title>${person}` });
      await shop.goto('https://shop.example/');
      await sleep(2_000);
      assert.equal(await shop.evaluate(() => document.querySelectorAll('iframe').length), 0, 'no sidebar mounted');
      const shopHtml = await hostHtml(shop);
      for (const text of crmData) assert.ok(!shopHtml.includes(text), `"${text}" not in the host page`);

      const page = await sitePage({
        'https://evil.example/': `<!doctype html>${person}<iframe src="${EXTENSION}/sidebar.html"></iframe>`,
      });
      await page.goto('https://evil.example/');
      const sidebar = await sidebarOf(page);
      await waitForText(sidebar, 'Reload this page to connect Rapport.');
      await sleep(1_500);
      const shown = await textOf(sidebar);
      for (const text of ['Carl Ortiz', 'Procurement', 'Customer Example', 'carl@customer.example'])
        assert.ok(!shown.includes(text), `"${text}" not shown in a sidebar framed by a site not turned on`);
      assert.equal(
        await sidebar.evaluate(() => document.querySelectorAll('article, textarea, [data-tier]').length),
        0,
        'no card, note box or tier in it',
      );
      const evilHtml = (await hostHtml(page)).replace(`${EXTENSION}/sidebar.html`, '');
      for (const text of crmData.slice(0, 3)) assert.ok(!evilHtml.includes(text), `"${text}" not in the host page`);
    }),
  );
});
