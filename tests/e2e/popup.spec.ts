import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ask, expect, test } from './extension';

const ME = 'rep@mycompany.example';

/** One e-mail from this person to the user, logged as the sidebar would. */
async function logEmailFrom(popup: Page, name: string, email: string, id: string, at: number) {
  await ask(popup, 'interactions.logThread', {
    site: 'gmail',
    account: ME,
    threadId: `thread-${id}`,
    subject: `Hello from ${name}`,
    people: [
      { name, email, role: 'from' },
      { name: 'Rep', email: ME, role: 'to' },
    ],
    messages: [{ id, fromEmail: email, toEmails: [ME], at }],
  });
}

test('the popup finds contacts as you type and files a quick note', async ({ extensionPage: popup }) => {
  await ask(popup, 'workspace.seedDemo', { replace: true });
  await popup.reload();
  await popup.getByRole('searchbox', { name: 'Search contacts' }).fill('mei ch');
  const result = popup.getByRole('button', { name: /Mei Chen/ });
  await expect(result).toBeVisible();
  await result.click();
  await popup.getByRole('textbox', { name: 'Note for Mei Chen' }).fill('Wants the Q1 price list');
  await popup.getByRole('button', { name: 'Save note' }).click();
  await expect(popup.getByRole('status')).toContainText('Note saved');

  const [mei] = await ask<{ id: string }[]>(popup, 'contacts.search', { query: 'mei chen', limit: 1 });
  const notes = await ask<{ text: string }[]>(popup, 'notes.list', { contactId: mei?.id ?? '', limit: 10 });
  expect(notes.map((n) => n.text)).toContain('Wants the Q1 price list');
});

test('a note with no contact goes to the unfiled list', async ({ extensionPage: popup }) => {
  await popup.getByRole('textbox', { name: /unfiled/ }).fill('Call the bank about the invoice');
  await popup.getByRole('button', { name: 'Save note' }).click();
  await expect(popup.getByRole('list').filter({ hasText: 'Call the bank about the invoice' })).toBeVisible();
  await expect(popup.getByText('Open a Gmail conversation to log it.')).toBeVisible();
});

test("the popup shows recent contacts, finds notes by their words, and picks a note's contact", async ({
  extensionPage: popup,
}) => {
  const { contact: ana } = await ask<{ contact: { id: string } }>(popup, 'contacts.save', {
    name: 'Ana Ruiz',
    email: 'ana.ruiz@northwind.example',
    source: 'manual',
  });
  await ask(popup, 'notes.add', { contactId: ana.id, text: 'Asked about the Zeppelin hangar lease' });
  await ask(popup, 'notes.add', { text: 'Unrelated reminder' });
  const hour = 3600_000;
  await logEmailFrom(popup, 'Ana Ruiz', 'ana.ruiz@northwind.example', 'm-ana', Date.now() - 3 * hour);
  await logEmailFrom(popup, 'Ben Okafor', 'ben.okafor@globex.example', 'm-ben', Date.now() - hour);
  await popup.reload();

  const recent = popup.getByRole('list', { name: 'Recent contacts' }).getByRole('button');
  await expect(recent).toHaveCount(2);
  await expect(recent.nth(0)).toContainText('Ben Okafor');
  await expect(recent.nth(1)).toContainText('Ana Ruiz');
  await recent.nth(0).click();
  await expect(popup.getByRole('textbox', { name: 'Note for Ben Okafor' })).toBeVisible();

  await popup.getByRole('searchbox', { name: 'Search contacts' }).fill('zeppelin');
  const found = popup.getByRole('list', { name: 'Notes' }).getByRole('button');
  await expect(found).toHaveCount(1);
  await expect(found).toContainText('Asked about the Zeppelin hangar lease');
  await expect(found).toContainText('Ana Ruiz');
  await expect(popup.getByText('No contact matches.')).toBeVisible();
  await expect(popup.getByRole('list', { name: 'Recent contacts' })).toHaveCount(0);

  const { violations } = await new AxeBuilder({ page: popup }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await found.click();
  await expect(popup.getByRole('textbox', { name: 'Note for Ana Ruiz' })).toBeVisible();
});
