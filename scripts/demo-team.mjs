// `npm run demo:team`: two reps sharing one book. Starts a local CouchDB-protocol server (pouchdb-server,
// its data in a scratch folder), creates the team database with two members, opens two Chromium profiles
// with the extension, sets the team up in both through Settings → Team, seeds the demo book in the first
// and waits until the second has it. Without a display it runs headless, prints the counts and exits;
// with one it leaves both windows open until Ctrl-C.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM, chromiumArgs } from './chromium.mjs';
import { ADMIN, startCouch } from './couch-server.mjs';

const EXTENSION = path.resolve('.output/chrome-mv3');
const headless =
  process.argv.includes('--headless') || !!process.env.CI || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const REPS = [
  { name: 'ann', password: 'ann-demo' },
  { name: 'bo', password: 'bo-demo' },
];
const DATABASE = 'demo-team';
const PASSPHRASE = 'demo team passphrase';

const scratch = mkdtempSync(path.join(tmpdir(), 'rapport-demo-team-'));
const cleanups = [];
async function cleanUp() {
  for (const step of cleanups.reverse()) await step().catch(() => undefined);
  rmSync(scratch, { recursive: true, force: true });
}

async function openRep(rep) {
  const dir = path.join(scratch, `profile-${rep.name}`);
  const context = await chromium.launchPersistentContext(dir, {
    headless,
    executablePath: CHROMIUM,
    viewport: { width: 1200, height: 800 },
    args: chromiumArgs(EXTENSION),
  });
  cleanups.push(() => context.close());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const dashboard = context.pages()[0] ?? (await context.newPage());
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
  const ask = async (verb, input) => {
    const answer = await dashboard.evaluate(
      ([v, i]) => chrome.runtime.sendMessage({ rpc: v, input: i }),
      [verb, input],
    );
    if (!answer?.ok) throw new Error(`${rep.name}: ${verb} failed: ${JSON.stringify(answer)}`);
    return answer.value;
  };
  return { ...rep, context, extensionId, dashboard, ask };
}

/** Settings → Team, filled in as the rep would (the first one tests the connection, which starts the team). */
async function joinTeam(rep, url, first) {
  const page = rep.dashboard;
  // The server is on this machine and allows our origin by CORS: the permission prompt is skipped.
  await page.evaluate(() => {
    chrome.permissions.request = async () => true;
  });
  const section = page.locator('section[data-section="team"]');
  await section.locator('input[type="checkbox"]').check();
  const values = { url, database: DATABASE, username: rep.name, password: rep.password, passphrase: PASSPHRASE };
  for (const [field, value] of Object.entries(values)) await section.locator(`input[name="${field}"]`).fill(value);
  if (first) {
    await section.locator('button[type="button"]').click();
    await section.locator('[role="status"]:not(.error)').waitFor({ timeout: 30_000 });
  }
  await section.locator('button[type="submit"]').click();
  await section.locator('[data-team-status="ok"]').waitFor({ timeout: 60_000 });
  console.log(`${rep.name}: joined the team in Settings → Team.`);
}

const nonZero = (counts) => Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
const describe = (counts) =>
  Object.entries(counts)
    .map(([store, n]) => `${n} ${store}`)
    .join(', ');

async function main() {
  if (!existsSync(path.join(EXTENSION, 'manifest.json')) || process.argv.includes('--build')) {
    console.log('Building the extension…');
    const built = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('the build failed');
  }
  const server = await startCouch(process.cwd());
  cleanups.push(() => server.stop());
  const { url } = server;
  console.log(`Team server (pouchdb-server) at ${url}, its data in a scratch folder.`);
  const created = spawnSync(
    process.execPath,
    ['scripts/team-db.mjs', url, DATABASE, ...REPS.map((r) => `${r.name}:${r.password}`)],
    {
      stdio: 'inherit',
      env: { ...process.env, COUCH_ADMIN_USER: ADMIN.username, COUCH_ADMIN_PASSWORD: ADMIN.password },
    },
  );
  if (created.status !== 0) throw new Error('creating the team database failed');

  const [ann, bo] = [await openRep(REPS[0]), await openRep(REPS[1])];
  await joinTeam(ann, url, true);
  await joinTeam(bo, url, false);

  const seeded = nonZero(await ann.ask('workspace.seedDemo', { replace: true }));
  console.log(`${ann.name}: seeded the demo book: ${describe(seeded)}.`);
  console.log(`${bo.name}: waiting for the book to arrive…`);
  const started = Date.now();
  let received = {};
  for (;;) {
    received = nonZero(await bo.ask('workspace.stats', {}));
    const expected = nonZero(await ann.ask('workspace.stats', {}));
    if (JSON.stringify(received) === JSON.stringify(expected)) break;
    if (Date.now() - started > 5 * 60_000) throw new Error(`${bo.name} has only ${describe(received)}`);
    await new Promise((r) => setTimeout(r, 1_000));
  }
  console.log(
    `${bo.name}: has the whole book after ${Math.round((Date.now() - started) / 1000)} s: ${describe(received)}.`,
  );
  const docs = await server.info(DATABASE);
  console.log(`The server holds ${docs.doc_count} documents, every record encrypted with the team passphrase.`);

  if (headless) {
    console.log('No display: ran headless. Run `npm run demo:team` on a desktop to try it yourself.');
    return;
  }
  for (const rep of [ann, bo])
    await rep.dashboard.goto(`chrome-extension://${rep.extensionId}/dashboard.html#contacts`);
  console.log(`\nTwo Chromium windows are open, one per rep (${ann.name} and ${bo.name}), on the team server ${url}.`);
  console.log('Edit a contact in one window, watch it appear in the other within seconds.');
  console.log('Press Ctrl-C to stop everything.');
  await new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}

try {
  await main();
  await cleanUp();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await cleanUp();
  process.exit(1);
}
