// Rapport in Firefox ESR, the dashboard's book paths: import a CSV and export it again through the Import page,
// and a next step that falls due rings its reminder from the background's event page (alarms, notifications).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ask, clickButton, launchFirefox, waitFor, waitForText } from './firefox.mjs';

const GOOGLE_CSV = readFileSync(path.resolve('tests/fixtures/import/google-contacts.csv'), 'utf8');

/** A fresh Firefox profile per test: nothing carries over between them. */
function withDashboard(test) {
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

/** Picks a file in the Import page's file input, as the user's file chooser would. */
function pickFile(page, name, text) {
  return waitFor(
    () =>
      page.evaluate(
        (fileName, content) => {
          const input = document.querySelector('input[type="file"]');
          if (!input) return false;
          const files = new DataTransfer();
          files.items.add(new File([content], fileName, { type: 'text/csv' }));
          input.files = files.files;
          input.dispatchEvent(new Event('change', { bubbles: true }));
          return true;
        },
        name,
        text,
      ),
    'the file input',
  );
}

/** Keeps the text of every file the page hands to the browser to save (the Blob behind each download link). */
function recordDownloads(page) {
  return page.evaluate(() => {
    window.savedFiles = [];
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob) => {
      blob.text().then((text) => window.savedFiles.push(text));
      return create(blob);
    };
  });
}

const savedFiles = (page) => page.evaluate(() => window.savedFiles);

describe('Rapport in Firefox: the book', { concurrency: 1 }, () => {
  it(
    'a CSV imported through the Import page shows in the contacts table, and exports back as CSV and a full backup',
    withDashboard(async ({ dashboard, stats }) => {
      await dashboard.evaluate(() => {
        location.hash = '#import';
      });
      await waitForText(dashboard.mainFrame(), 'Choose a file to import');
      await pickFile(dashboard, 'google-contacts.csv', GOOGLE_CSV);
      await waitForText(dashboard.mainFrame(), '4 valid rows, 2 bad rows.');
      await clickButton(dashboard.mainFrame(), /^Continue: check for duplicates$/);
      await clickButton(dashboard.mainFrame(), /^Import 4 valid rows \(skip 2 bad ones\)$/);
      await waitForText(dashboard.mainFrame(), 'Imported: 4 new');
      assert.equal((await stats()).contacts, 4);

      await recordDownloads(dashboard);
      await clickButton(dashboard.mainFrame(), /^Contacts \(CSV\)$/);
      await waitForText(dashboard.mainFrame(), 'Saved rapport-contacts-');
      await clickButton(dashboard.mainFrame(), /^Full backup \(JSON\)$/);
      await waitForText(dashboard.mainFrame(), 'Saved rapport-backup-');
      const [csv, backup] = await waitFor(async () => {
        const files = await savedFiles(dashboard);
        return files.length === 2 && files;
      }, 'both files saved');
      const lines = csv.trimEnd().split('\r\n');
      assert.equal(lines.length, 5, 'a header and the four imported contacts');
      assert.ok(lines.some((line) => line.includes('Björn') && line.includes('bjorn@nordlys.example')));
      const restored = JSON.parse(backup);
      assert.equal(restored.format, 'rapport-backup');
      const names = restored.data.contacts.map((c) => c.name);
      assert.equal(names.length, 4);
      for (const name of ['Ann Lee', 'Björn Öberg', 'David Okafor']) assert.ok(names.includes(name), name);

      await dashboard.evaluate(() => {
        location.hash = '#contacts';
      });
      for (const name of ['Ann Lee', 'Björn Öberg', 'David Okafor']) await waitForText(dashboard.mainFrame(), name);
    }),
  );

  it(
    'a next step that falls due rings a reminder from the event page, once',
    withDashboard(async ({ dashboard }) => {
      const { contact } = await ask(dashboard, 'contacts.save', {
        name: 'Mei Chen',
        email: 'mei@client.example',
        source: 'manual',
      });
      const detail = () => ask(dashboard, 'contacts.detail', { id: contact.id });
      // Headless Firefox closes a notification as soon as it is shown: listen for it rather than list it later.
      await dashboard.evaluate(() => {
        window.notificationEvents = [];
        browser.notifications.onShown.addListener((id) => window.notificationEvents.push(`shown ${id}`));
        browser.notifications.onClosed.addListener((id) => window.notificationEvents.push(`closed ${id}`));
      });
      const due = Date.now() + 4_000;
      await ask(dashboard, 'contacts.setNextStep', {
        id: contact.id,
        nextStep: { text: 'Call about the renewal', due },
      });
      assert.equal((await detail()).contact.nextStep.notifiedAt, undefined, 'not before it is due');
      const notifiedAt = await waitFor(
        async () => (await detail()).contact.nextStep.notifiedAt,
        'the reminder alarm',
        45_000,
      );
      assert.ok(notifiedAt >= due, 'rung when due, not before');
      const events = await waitFor(async () => {
        const seen = await dashboard.evaluate(() => window.notificationEvents);
        return seen.some((e) => e.endsWith(` next-step:${contact.id}`)) && seen;
      }, 'the notification naming Mei Chen');
      assert.ok(events.length > 0);
      // Nothing else is pending, so the alarm is not armed again: the reminder rings once.
      const armed = await dashboard.evaluate(async () => (await browser.alarms.get('next-step-reminder')) ?? null);
      assert.equal(armed, null);
    }),
  );
});
