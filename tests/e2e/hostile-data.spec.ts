import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { ask, expect, test } from './extension';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const MARKUP = `<img src=x onerror="document.title='pwned';alert(1)"><script>document.title='pwned'</script>`;
const CONTROL = '\u0000\u0007\u001b[31m\u0008';
const RLO = '\u202Egnp.exe';
// Each field starts with one of the characters a spreadsheet reads as a formula.
const HOSTILE = {
  name: `=HYPERLINK("https://evil.example") Mallory ${MARKUP}${RLO}`,
  email: 'mallory@evil.example',
  title: `+1+cmd|' /C calc'!A0 ${MARKUP}${CONTROL}`,
  orgName: `-2+3 ${CONTROL}${MARKUP}${RLO}`,
};
const NOTES = `@SUM(1+1) ${MARKUP}\n${CONTROL}${RLO} the end`;
const ONE_MB = 'x'.repeat(1024 * 1024);

interface Stored {
  id: string;
  name: string;
  title?: string;
  orgName?: string;
  ownerNotes?: string;
}

const stored = async (page: Page, id: string) =>
  (await ask<{ contact: Stored }>(page, 'contacts.detail', { id })).contact;

async function send(page: Page, rpc: string, input: unknown) {
  return page.evaluate(([v, i]) => chrome.runtime.sendMessage({ rpc: v, input: i }), [rpc, input] as const);
}

/** Nothing the data could have injected: no element from its markup, no inline handler, no changed title. */
async function expectNoInjection(page: Page, title: string) {
  const injected = await page.evaluate(() => ({
    images: document.querySelectorAll('img[src="x"], [onerror]').length,
    scripts: [...document.scripts].filter((s) => s.textContent?.includes('pwned')).length,
  }));
  expect(injected).toEqual({ images: 0, scripts: 0 });
  expect(await page.title()).toBe(title);
}

test('hostile contact data renders as text everywhere and exports without live formulas', async ({
  context,
  extensionId,
  extensionPage: popup,
}) => {
  const dialogs: string[] = [];
  const watchDialogs = (page: Page) =>
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  watchDialogs(popup);
  context.on('page', watchDialogs);

  const { id } = (
    await ask<{ contact: Stored }>(popup, 'contacts.save', { ...HOSTILE, company: HOSTILE.orgName, source: 'manual' })
  ).contact;
  await ask(popup, 'contacts.update', { id, patch: { ownerNotes: NOTES } });
  await ask(popup, 'notes.add', { contactId: id, text: NOTES });

  // A megabyte in any text field is refused with a clear error, and nothing changes.
  const before = await stored(popup, id);
  for (const [rpc, input, field] of [
    ['contacts.update', { id, patch: { ownerNotes: ONE_MB } }, 'patch.ownerNotes'],
    ['contacts.update', { id, patch: { title: ONE_MB } }, 'patch.title'],
    ['notes.add', { contactId: id, text: ONE_MB }, 'text'],
    ['contacts.save', { name: ONE_MB, source: 'manual' }, 'name'],
  ] as const) {
    const answer = (await send(popup, rpc, input)) as { ok: boolean; error?: { code: string; message: string } };
    expect(answer.ok, rpc).toBe(false);
    expect(answer.error?.code).toBe('invalid-input');
    expect(answer.error?.message).toContain(`${rpc}" request: ${field}:`);
  }
  const kept = await stored(popup, id);
  expect(kept).toEqual(before);
  expect(kept.ownerNotes).toBe(NOTES);

  // Popup search results.
  const popupTitle = await popup.title();
  await popup.getByRole('searchbox', { name: 'Search contacts' }).fill('mallory');
  const hit = popup.getByRole('list', { name: 'Search contacts' }).getByRole('button');
  await expect(hit).toHaveCount(1);
  await expect(hit).toContainText('<img src=x onerror=');
  await expect(hit).toContainText('<script>');
  await expectNoInjection(popup, popupTitle);
  await hit.click();
  await expect(popup.getByRole('heading', { name: /^Note for =HYPERLINK/ })).toContainText(MARKUP);

  // Dashboard contacts table.
  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#contacts`);
  const row = dashboard.getByRole('grid', { name: 'Contacts' }).getByRole('row', { name: /Mallory/ });
  await expect(row).toContainText('<img src=x onerror=');
  const dashboardTitle = await dashboard.title();
  await expectNoInjection(dashboard, dashboardTitle);

  // Contact detail: the header, the form fields and the notes keep the exact text.
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#contact/${encodeURIComponent(id)}`);
  await expect(dashboard.getByRole('heading', { level: 2 })).toContainText('<script>');
  await expect(dashboard.getByLabel('Job title')).toHaveValue(kept.title ?? '');
  await expect(dashboard.getByRole('textbox', { name: 'Organisation' })).toHaveValue(kept.orgName ?? '');
  await expect(dashboard.getByLabel('Your notes')).toHaveValue(NOTES);
  await expectNoInjection(dashboard, dashboardTitle);

  // Still responsive: the detail page takes an edit and saves it.
  await dashboard.getByLabel('Job title').fill('Buyer');
  const details = dashboard.locator('form').filter({ has: dashboard.getByLabel('Job title') });
  await details.getByRole('button', { name: 'Save' }).click();
  await expect.poll(async () => (await stored(popup, id)).title).toBe('Buyer');
  await ask(popup, 'contacts.update', { id, patch: { title: HOSTILE.title } });

  // The CSV export: every formula-like cell starts with an apostrophe, the text after it unchanged.
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#import`);
  const [file] = await Promise.all([
    dashboard.waitForEvent('download'),
    dashboard.getByRole('button', { name: 'Contacts (CSV)' }).click(),
  ]);
  const csv = readFileSync(await file.path(), 'utf8').replace(/^\uFEFF/, '');
  const [header, ...rows] = Papa.parse<string[]>(csv.trimEnd(), { newline: '\r\n' }).data;
  const exported = rows.find((r) => r.includes(id));
  const cell = (column: string) => exported?.[header?.indexOf(column) ?? -1];
  const saved = await stored(popup, id);
  expect(cell('Name')).toBe(`'${saved.name}`);
  expect(cell('Title')).toBe(`'${saved.title}`);
  expect(cell('Organisation')).toBe(`'${saved.orgName}`);
  expect(cell('Notes')).toBe(`'${saved.ownerNotes}`);
  for (const value of exported ?? []) expect(value).not.toMatch(/^[=+\-@\t\r]/);

  expect(dialogs).toEqual([]);
});
