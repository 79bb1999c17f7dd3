import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ask, expect, test } from './extension';

const STORES = ['contacts', 'organisations', 'interactions', 'deals', 'notes', 'complaints', 'feedback'] as const;
type Stats = Record<(typeof STORES)[number], number>;
type Row = { id: string; insights?: unknown };

const importFixture = (name: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: readFileSync(path.resolve('tests/fixtures/import', name)),
});

async function openImport(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#import`);
  await expect(page.getByRole('heading', { name: 'Import', exact: true })).toBeVisible();
}

async function pickFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.getByLabel('Choose a file to import').setInputFiles(file);
}

/** Every record of every store, insights left out: they are recomputed (with the clock) after a restore. */
async function snapshot(page: Page): Promise<Record<string, Row[]>> {
  const all: Record<string, Row[]> = {};
  for (const store of STORES) {
    const rows: Row[] = [];
    let after: string | undefined;
    do {
      const page_ = await ask<{ records: Row[]; next?: string }>(page, 'export.page', { store, after, limit: 2000 });
      rows.push(...page_.records.map(({ insights: _insights, ...rest }) => rest));
      after = page_.next;
    } while (after);
    all[store] = rows;
  }
  return all;
}

async function importCsv(page: Page, name: string, expected: { valid: number; bad: number }) {
  await pickFile(page, importFixture(name));
  await expect(page.getByText(`${expected.valid} valid rows, ${expected.bad} bad rows.`)).toBeVisible();
  await page.getByRole('button', { name: 'Continue: check for duplicates' }).click();
  await page
    .getByRole('button', { name: `Import ${expected.valid} valid rows (skip ${expected.bad} bad ones)` })
    .click();
  const done = page.getByRole('status').filter({ hasText: 'Imported:' });
  await expect(done).toBeVisible();
  const text = (await done.textContent()) ?? '';
  await page.getByRole('button', { name: 'Import another file' }).click();
  return text;
}

/** Serious and critical accessibility violations of the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** The restore dry run's counts for one store: added, updated, removed, unchanged. */
const dryRun = (page: Page, store: string) =>
  page.getByRole('row', { name: new RegExp(`^${store}`) }).getByRole('cell');

async function download(page: Page, button: string, fill?: () => Promise<void>): Promise<Buffer> {
  await fill?.();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const saved = await file.path();
  return readFileSync(saved);
}

test('imports Google and LinkedIn exports with the right counts, and nothing twice', async ({ page, extensionId }) => {
  await openImport(page, extensionId);
  await pickFile(page, importFixture('google-contacts.csv'));
  await expect(page.getByRole('heading', { name: 'google-contacts.csv: Google Contacts' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Björn Öberg' })).toBeVisible();
  await expect(page.getByText('Line 7: the email address is not valid')).toBeVisible();
  await expect(page.getByText('Line 8: no name and no email')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Import another file' }).click();

  expect(await importCsv(page, 'google-contacts.csv', { valid: 4, bad: 2 })).toContain('4 new');
  expect((await ask<Stats>(page, 'workspace.stats', {})).contacts).toBe(4);
  // An import's words are on the word shelves, not in the search index: found by any prefix of them.
  const named = async (query: string) =>
    (await ask<{ name: string }[]>(page, 'contacts.search', { query, limit: 5 })).map((hit) => hit.name).sort();
  expect(await named('öber')).toEqual(['Björn Öberg']);
  expect(await named('o')).toEqual(['Björn Öberg', 'David Okafor']);
  expect(await named('nordlys cto')).toEqual(['Björn Öberg']);

  // Ann Lee is in both files, recognised by her LinkedIn profile.
  await pickFile(page, importFixture('linkedin-connections.csv'));
  await expect(page.getByRole('heading', { name: /LinkedIn Connections/ })).toBeVisible();
  await page.getByRole('button', { name: 'Continue: check for duplicates' }).click();
  await expect(page.getByText('New contacts: 4')).toBeVisible();
  await expect(page.getByText('Already in Rapport: 1')).toBeVisible();
  await expect(page.getByText('Line 5: Ann Lee is Ann Lee (same LinkedIn profile)')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Import 5 valid rows (skip 0 bad ones)' }).click();
  await expect(page.getByText('Imported: 4 new, 0 updated, 1 already up to date, 0 skipped.')).toBeVisible();
  await page.getByRole('button', { name: 'Import another file' }).click();
  expect((await ask<Stats>(page, 'workspace.stats', {})).contacts).toBe(8);

  const before = await snapshot(page);
  expect(await importCsv(page, 'google-contacts.csv', { valid: 4, bad: 2 })).toContain(
    '0 new, 0 updated, 4 already up to date',
  );
  expect(await importCsv(page, 'linkedin-connections.csv', { valid: 5, bad: 0 })).toContain('0 new, 0 updated');
  expect((await snapshot(page)).contacts).toEqual(before.contacts);
});

test('a broken file reports its bad lines, and cancelling changes nothing', async ({ page, extensionId }) => {
  await openImport(page, extensionId);
  await importCsv(page, 'google-contacts.csv', { valid: 4, bad: 2 });
  const before = await snapshot(page);

  await pickFile(page, importFixture('broken-quoting.csv'));
  const problems = page.getByRole('region', { name: /Bad rows/ });
  await expect(problems).toContainText('Line 5: it has more or fewer fields than the header');
  await expect(problems).toContainText('Line 6: a quoted field is never closed');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Cancelled. Nothing was changed.')).toBeVisible();

  // Cancelled after the rows were staged in the background: still nothing changes.
  await page.getByRole('button', { name: 'Import another file' }).click();
  await pickFile(page, importFixture('linkedin-connections.csv'));
  await page.getByRole('button', { name: 'Continue: check for duplicates' }).click();
  await expect(page.getByText('New contacts: 4')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Cancelled. Nothing was changed.')).toBeVisible();
  expect(await snapshot(page)).toEqual(before);
});

test('export, wipe, restore: the backup brings back identical data', async ({ page, extensionId }) => {
  await openImport(page, extensionId);
  await ask(page, 'workspace.seedDemo', { replace: true });
  await importCsv(page, 'linkedin-connections.csv', { valid: 5, bad: 0 });
  const before = await snapshot(page);
  const backup = await download(page, 'Full backup (JSON)');
  await expect(page.getByRole('status').filter({ hasText: /Saved rapport-backup-.*\.json/ })).toBeVisible();
  const csv = (await download(page, 'Contacts (CSV)')).toString('utf8');
  expect(csv.trimEnd().split('\r\n')).toHaveLength((before.contacts?.length ?? 0) + 1);

  const empty = { format: 'rapport-backup', schemaVersion: 1, exportedAt: new Date().toISOString(), data: {} };
  for (const store of STORES) Object.assign(empty.data, { [store]: [] });
  await pickFile(page, {
    name: 'empty.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(empty)),
  });
  const contacts = String(before.contacts?.length);
  await expect(dryRun(page, 'Contacts')).toHaveText(['0', '0', contacts, '0']);
  expect(await seriousViolations(page)).toEqual([]);
  const apply = page.getByRole('button', { name: 'Replace my workspace' });
  await expect(apply).toBeDisabled();
  await page.getByLabel('I understand: this replaces everything in my workspace with the backup.').check();
  await apply.click();
  await expect(page.getByText('Restored: 0 contacts, 0 interactions, 0 deals.')).toBeVisible();
  expect(Object.values(await ask<Stats>(page, 'workspace.stats', {})).every((n) => n === 0)).toBe(true);

  await page.getByRole('button', { name: 'Import another file' }).click();
  await pickFile(page, { name: 'backup.json', mimeType: 'application/json', buffer: backup });
  await expect(dryRun(page, 'Contacts')).toHaveText([contacts, '0', '0', '0']);
  await page.getByLabel(/I understand/).check();
  await page.getByRole('button', { name: 'Replace my workspace' }).click();
  await expect(page.getByText(/^Restored:/)).toBeVisible();
  expect(await snapshot(page)).toEqual(before);
});

test('an encrypted backup opens with its passphrase only; a corrupted one changes nothing', async ({
  page,
  extensionId,
}) => {
  await openImport(page, extensionId);
  await importCsv(page, 'google-contacts.csv', { valid: 4, bad: 2 });
  const before = await snapshot(page);
  const encrypted = await download(page, 'Download encrypted backup', async () => {
    await page.getByLabel('Passphrase', { exact: true }).fill('Tr0ub4dor & 3 horses');
    await expect(page.getByText('Strong.')).toBeVisible();
    await page.getByLabel('Passphrase again').fill('Tr0ub4dor & 3 horses');
  });
  // Longer than any run the ciphertext's letters could make by chance.
  for (const plain of ['ann.lee@acme.example', 'Acme Corp', 'Likes tennis']) {
    expect(encrypted.toString('utf8')).not.toContain(plain);
  }

  await pickFile(page, { name: 'locked.json', mimeType: 'application/json', buffer: encrypted });
  await page.getByLabel('Passphrase of the backup').fill('wrong passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Wrong passphrase, or the file was altered or damaged. Nothing was changed.',
  );
  await page.getByLabel('Passphrase of the backup').fill('Tr0ub4dor & 3 horses');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(dryRun(page, 'Contacts')).toHaveText(['0', '0', '0', '4']);
  await page.getByRole('button', { name: 'Cancel' }).click();

  const corrupted = encrypted
    .toString('utf8')
    .replace(/"data":"(.)/, (_m, c: string) => `"data":"${c === 'A' ? 'B' : 'A'}`);
  await page.getByRole('button', { name: 'Import another file' }).click();
  await pickFile(page, { name: 'corrupted.json', mimeType: 'application/json', buffer: Buffer.from(corrupted) });
  await page.getByLabel('Passphrase of the backup').fill('Tr0ub4dor & 3 horses');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toContainText('Wrong passphrase, or the file was altered or damaged.');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Import another file' }).click();

  await pickFile(page, {
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      '{"format":"rapport-backup","schemaVersion":1,"exportedAt":"x","data":{"contacts":[{"id":1}]}}',
    ),
  });
  await expect(page.getByRole('alert')).toHaveText('This backup cannot be restored. Nothing was changed.');
  expect(await snapshot(page)).toEqual(before);
});

test('a large import shows how far the commit has got, and cancelling it mid-way changes nothing', async ({
  page,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const rows = 40_000;
  const lines = ['First Name,Last Name,Email,Company'];
  for (let k = 0; k < rows; k++) lines.push(`Person,Number ${k},person${k}@bulk${k % 300}.example,Bulk ${k % 300}`);
  await openImport(page, extensionId);
  await pickFile(page, { name: 'bulk.csv', mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\n')}\n`) });
  await page.getByRole('button', { name: 'Continue: check for duplicates' }).click();
  await page.getByRole('button', { name: `Import ${rows} valid rows (skip 0 bad ones)` }).click({ timeout: 60_000 });

  const bar = page.getByRole('progressbar', { name: /Importing/ });
  // Contacts and the 300 organisations they name, all in one transaction.
  await expect(bar).toHaveAttribute('aria-valuetext', /^[1-9][\d,]* of 40,300$/, { timeout: 60_000 });
  expect(Number(await bar.getAttribute('aria-valuenow'))).toBeLessThan(100);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Cancelled. Nothing was changed.')).toBeVisible({ timeout: 30_000 });
  expect((await ask<Stats>(page, 'workspace.stats', {})).contacts).toBe(0);
});
