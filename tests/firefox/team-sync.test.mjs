// Rapport in Firefox ESR: team sync. Two Firefox profiles join one team database on a local pouchdb-server
// through Settings → Team, as two reps would; what one makes reaches the server only encrypted and reaches
// the other's open dashboard live, without a reload.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { ADMIN, startCouch } from '../../scripts/couch-server.mjs';
import { ask, launchFirefox, textOf, waitFor } from './firefox.mjs';

/** Live: a change by one rep reaches another's open page within this. */
const LIVE_MS = 5_000;
const DATABASE = 'acme-team';
const PASSPHRASE = 'blue lantern orchard 42';
const REPS = [
  { username: 'ana', password: 'ana-secret' },
  { username: 'ben', password: 'ben-secret' },
];
const TEAM = 'section[data-section="team"]';

/**
 * Firefox asks the user before granting an optional host permission, and WebDriver cannot answer that
 * doorhanger. With prompts off, Firefox grants a request made from a real click (the test clicks through
 * WebDriver's input actions, so the product's own `permissions.request` runs from a user gesture).
 */
const GRANT_OPTIONAL_PERMISSIONS = { 'extensions.webextOptionalPermissionPrompts': false };

const adminHeaders = { Authorization: `Basic ${btoa(`${ADMIN.username}:${ADMIN.password}`)}` };

/** The Firefox instances to close after the tests, whatever happened (then the server is stopped). */
const browsers = [];
let server;
let ana;
let ben;

/** The team's record documents on the server (its setup document, holding only the key's salt, aside). */
async function serverRecords() {
  const response = await fetch(`${server.url}/${DATABASE}/_all_docs?include_docs=true`, { headers: adminHeaders });
  assert.equal(response.status, 200);
  const { rows } = await response.json();
  return rows.map((row) => row.doc).filter((doc) => doc._id.includes('/'));
}

/** A rep's Firefox with our dashboard open on Settings. */
async function openRep(rep) {
  const firefox = await launchFirefox({ prefs: GRANT_OPTIONAL_PERMISSIONS });
  browsers.push(firefox);
  const dashboard = await firefox.extensionPage('dashboard.html#settings');
  return { ...rep, ...firefox, dashboard, ask: (verb, input) => ask(dashboard, verb, input) };
}

const statusText = (page) =>
  page.evaluate((team) => document.querySelector(`${team} [role="status"]`)?.textContent ?? '', TEAM);

/** Settings → Team filled and saved as a rep does it (the first rep tests the connection, which starts the team). */
async function joinTeam(rep, first) {
  const page = rep.dashboard;
  await page.waitForSelector(`${TEAM} input[name="url"]`);
  await page.click(`${TEAM} input[type="checkbox"]`);
  const fields = { url: server.url, database: DATABASE, ...REPS.find((r) => r.username === rep.username) };
  for (const [name, value] of Object.entries({ ...fields, passphrase: PASSPHRASE }))
    await page.type(`${TEAM} input[name="${name}"]`, value);
  if (first) {
    await page.click(`${TEAM} button[type="button"]`);
    await waitFor(async () => (await statusText(page)).startsWith('Connected'), `${rep.username}: Connected`);
  }
  await page.click(`${TEAM} button[type="submit"]`);
  await waitFor(async () => (await statusText(page)) === 'Saved.', `${rep.username}: Saved.`);
  await page.waitForSelector(`${TEAM} [data-team-status="ok"]`);
  // The browser's own grant, not a stand-in: the background may now reach the server.
  const granted = await page.evaluate(
    (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
    new URL(server.url).origin,
  );
  assert.equal(granted, true, `${rep.username}: the server's origin is granted`);
}

/** Shows the contacts list in the open dashboard (the hash changes, the page stays) and marks the page. */
async function showContacts(rep) {
  await rep.dashboard.evaluate(() => {
    window.loadedOnce = true;
    location.hash = '#contacts';
  });
}

/** Waits for `text` on the rep's open page until LIVE_MS after `since` (when the change was made). */
async function seenLive(t, rep, text, since) {
  const left = since + LIVE_MS - Date.now();
  await waitFor(async () => (await textOf(rep.dashboard)).includes(text), `"${text}" on ${rep.username}'s page`, left);
  t.diagnostic(`"${text}" on ${rep.username}'s open page ${Date.now() - since} ms after the change`);
  const stillLoaded = await rep.dashboard.evaluate(() => window.loadedOnce === true);
  assert.equal(stillLoaded, true, `${rep.username}'s page was not reloaded`);
}

describe('Rapport in Firefox: team sync', { concurrency: 1, timeout: 150_000 }, () => {
  before(async () => {
    server = await startCouch(process.cwd());
    // The team database and its members, made by the repository's admin script as a team admin would.
    const made = spawnSync(
      process.execPath,
      ['scripts/team-db.mjs', server.url, DATABASE, ...REPS.map((r) => `${r.username}:${r.password}`)],
      {
        encoding: 'utf8',
        env: { ...process.env, COUCH_ADMIN_USER: ADMIN.username, COUCH_ADMIN_PASSWORD: ADMIN.password },
      },
    );
    assert.equal(made.status, 0, made.stderr);
    // Both launched before either failure is reported, so `after` knows every Firefox to close.
    const opened = await Promise.allSettled(REPS.map(openRep));
    for (const rep of opened) if (rep.status === 'rejected') throw rep.reason;
    [ana, ben] = opened.map((rep) => rep.value);
  });

  after(async () => {
    const closed = await Promise.allSettled(browsers.map((firefox) => firefox.close()));
    await server?.stop();
    for (const failure of closed.filter((c) => c.status === 'rejected')) console.error(failure.reason);
  });

  it("two reps join the team in Settings → Team, Firefox granting the server's origin from the click", async () => {
    await joinTeam(ana, true);
    await joinTeam(ben, false);
  });

  it("a contact made in Firefox reaches the server encrypted and the other rep's open dashboard", async (t) => {
    await showContacts(ben);
    await waitFor(async () => (await textOf(ben.dashboard)).includes('0 contacts'), "ben's empty contacts list");
    const made = Date.now();
    const { contact } = await ana.ask('contacts.save', {
      name: 'Zora Quill',
      email: 'zora.quill@orbit.example',
      source: 'manual',
    });
    await seenLive(t, ben, 'Zora Quill', made);
    const onBen = await ben.ask('contacts.detail', { id: contact.id });
    assert.deepEqual(onBen.contact.emails, ['zora.quill@orbit.example']);

    const records = await serverRecords();
    assert.ok(
      records.some((doc) => doc._id.includes(contact.id)),
      'the contact has its document on the server',
    );
    const stored = JSON.stringify(records);
    for (const secret of ['Zora Quill', 'zora.quill@orbit.example']) assert.ok(!stored.includes(secret), secret);
    assert.equal(stored.match(/"(name|emails|email|source)":/g), null, 'no field of the contact in plaintext');
  });

  it("a change made by the other rep shows in Firefox's open dashboard within 5 s, without a reload", async (t) => {
    await showContacts(ana);
    await waitFor(async () => (await textOf(ana.dashboard)).includes('Zora Quill'), "ana's contacts list");
    const { rows } = await ben.ask('contacts.list', {
      filter: {},
      sort: { key: 'name', dir: 'asc' },
      offset: 0,
      limit: 10,
    });
    const zora = rows.find((row) => row.name === 'Zora Quill');
    assert.ok(zora, 'ben has Zora Quill');
    const changed = Date.now();
    await ben.ask('contacts.update', { id: zora.id, patch: { orgName: 'Orbit Freight' } });
    await ben.ask('contacts.save', { name: 'Ines Marlow', email: 'ines.marlow@harbor.example', source: 'manual' });
    await seenLive(t, ana, 'Orbit Freight', changed);
    await seenLive(t, ana, 'Ines Marlow', changed);
    assert.equal((await ana.ask('workspace.stats', {})).contacts, 2);
    const stored = JSON.stringify(await serverRecords());
    for (const secret of ['Orbit Freight', 'Ines Marlow', 'ines.marlow@harbor.example'])
      assert.ok(!stored.includes(secret), secret);
    for (const rep of [ana, ben]) assert.deepEqual(rep.errors, [], `no errors from the add-on for ${rep.username}`);
  });
});
