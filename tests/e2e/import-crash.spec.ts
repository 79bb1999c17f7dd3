import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, test } from '@playwright/test';
import { ask, CHROMIUM, chromiumArgs, expect } from './extension';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const ROWS = 20_000;
const CHUNK = 2000;
const SEEDED = ['Ann Seed', 'Bo Seed', 'Cy Seed'];

interface Contact {
  id: string;
  emails: string[];
  insights?: unknown;
}

/** The rows of a large generated CSV file, as the dashboard sends them once parsed: one new person per line. */
const drafts = Array.from({ length: ROWS }, (_, i) => ({
  line: i + 2,
  name: `Bulk Person ${i}`,
  emails: [`bulk${i}@import.example`],
  phones: [],
  tags: ['bulk'],
  source: 'csv',
}));

/** Our extension in a browser on a profile of its own, which outlives the browser. */
async function launch(profile: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath: CHROMIUM,
    args: chromiumArgs(),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
  return { context, page };
}

/** Every contact, insights left out: they are a cache recomputed in the background. */
async function contacts(page: Page): Promise<Contact[]> {
  const all: Contact[] = [];
  let after: string | undefined;
  do {
    const part = await ask<{ records: Contact[]; next?: string }>(page, 'export.page', {
      store: 'contacts',
      after,
      limit: 5000,
    });
    all.push(...part.records.map(({ insights: _insights, ...rest }) => rest));
    after = part.next;
  } while (after);
  return all;
}

/** Sends a request and does not wait for its answer: the browser is about to be closed under it. */
function fireAndForget(page: Page, rpc: string, input: unknown): Promise<void> {
  return page.evaluate(
    ([v, i]) => {
      const w = window as unknown as { answered?: boolean };
      void chrome.runtime.sendMessage({ rpc: v, input: i }).then(() => {
        w.answered = true;
      });
    },
    [rpc, input] as const,
  );
}

/** What the journal of `jobId` holds: the number of rows still staged, or null once it is gone. */
async function journal(page: Page, jobId: string): Promise<number | null> {
  const answer = (await page.evaluate(
    (id) => chrome.runtime.sendMessage({ rpc: 'import.plan', input: { jobId: id } }),
    jobId,
  )) as {
    ok: boolean;
    value?: { rows: number };
    error?: { message: string };
  };
  if (answer.ok) return answer.value?.rows ?? -1;
  expect(answer.error?.message).toBe('import-not-found');
  return null;
}

let profile: string;
test.beforeEach(() => {
  profile = mkdtempSync(path.join(tmpdir(), 'rapport-profile-'));
});
test.afterEach(() => rmSync(profile, { recursive: true, force: true }));

async function seed(page: Page): Promise<Contact[]> {
  for (const [i, name] of SEEDED.entries()) {
    await ask(page, 'contacts.save', { name, email: `seed${i}@client.example`, source: 'manual' });
  }
  return contacts(page);
}

const answered = (page: Page) => page.evaluate(() => (window as unknown as { answered?: boolean }).answered === true);

/** When the browser is closed: twice while the commit may be running, once after it was confirmed. */
const CLOSES = [
  { when: '50 ms into', wait: (page: Page) => page.waitForTimeout(50) },
  { when: '1.5 s into', wait: (page: Page) => page.waitForTimeout(1500) },
  { when: 'right after', wait: (page: Page) => expect.poll(() => answered(page), { timeout: 120_000 }).toBe(true) },
];

for (const { when, wait } of CLOSES) {
  test(`the browser closed ${when} committing ${ROWS} rows leaves all of them or none`, async () => {
    test.setTimeout(180_000);
    let { context, page } = await launch(profile);
    const before = await seed(page);
    const { jobId } = await ask<{ jobId: string }>(page, 'import.begin', {});
    for (let seq = 0; seq * CHUNK < ROWS; seq++) {
      await ask(page, 'import.stage', { jobId, seq, drafts: drafts.slice(seq * CHUNK, (seq + 1) * CHUNK) });
    }
    expect(await journal(page, jobId)).toBe(ROWS);

    await fireAndForget(page, 'import.commit', { jobId, existing: 'merge', inFile: 'merge' });
    await wait(page);
    const confirmed = await answered(page);
    await context.close();
    ({ context, page } = await launch(profile));

    const after = await contacts(page);
    const left = await journal(page, jobId);
    test.info().annotations.push({
      type: 'outcome',
      description: `confirmed before close: ${confirmed}; contacts after: ${after.length}; journal rows: ${left}`,
    });
    if (after.length === before.length) {
      expect(confirmed).toBe(false);
      expect(after).toEqual(before);
      // The journal is intact (and can still be committed, or is dropped once stale), or it is gone.
      if (left !== null) {
        expect(left).toBe(ROWS);
        await ask(page, 'import.commit', { jobId, existing: 'merge', inFile: 'merge' });
        expect(await contacts(page)).toHaveLength(before.length + ROWS);
      }
    } else {
      expect(after).toHaveLength(before.length + ROWS);
      const emails = new Set(after.flatMap((c) => c.emails));
      expect(drafts.every((d) => emails.has(d.emails[0] ?? ''))).toBe(true);
      expect(after.filter((c) => before.some((b) => b.id === c.id))).toEqual(before);
      // Committed: the journal went in the same transaction.
      expect(left).toBeNull();
    }
    await context.close();
  });
}

test('the browser closed while rows are still being staged leaves the workspace unchanged', async () => {
  test.setTimeout(120_000);
  let { context, page } = await launch(profile);
  const before = await seed(page);
  const { jobId } = await ask<{ jobId: string }>(page, 'import.begin', {});
  // Chunk after chunk, as the dashboard sends them; the browser is closed once a few have been confirmed.
  await page.evaluate(
    ([id, rows, size]) => {
      const w = window as unknown as { staged?: number };
      void (async () => {
        for (let seq = 0; seq * size < rows.length; seq++) {
          const chunk = rows.slice(seq * size, (seq + 1) * size);
          await chrome.runtime.sendMessage({ rpc: 'import.stage', input: { jobId: id, seq, drafts: chunk } });
          w.staged = seq + 1;
        }
      })();
    },
    [jobId, drafts, CHUNK] as const,
  );
  const staged = () => page.evaluate(() => (window as unknown as { staged?: number }).staged ?? 0);
  await expect.poll(staged, { intervals: [10] }).toBeGreaterThanOrEqual(2);
  const confirmed = (await staged()) * CHUNK;
  await context.close();
  ({ context, page } = await launch(profile));

  expect(await contacts(page)).toEqual(before);
  // What was staged waits in the journal, never in the workspace: every confirmed chunk is kept, and
  // cancelling drops them all.
  const left = await journal(page, jobId);
  test.info().annotations.push({ type: 'outcome', description: `staged before close: ${confirmed}; journal: ${left}` });
  expect(left).toBeGreaterThanOrEqual(confirmed);
  expect(left).toBeLessThanOrEqual(ROWS);
  expect(await ask(page, 'import.cancel', { jobId })).toEqual({ cancelled: true });
  expect(await journal(page, jobId)).toBeNull();
  expect(await contacts(page)).toEqual(before);
  await context.close();
});
