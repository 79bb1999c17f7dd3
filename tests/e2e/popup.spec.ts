import { ask, expect, test } from './extension';

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

  const [mei] = await ask<{ id: string }[]>(popup, 'contact.search', { query: 'mei chen', limit: 1 });
  const notes = await ask<{ text: string }[]>(popup, 'note.list', { contactId: mei?.id ?? '', limit: 10 });
  expect(notes.map((n) => n.text)).toContain('Wants the Q1 price list');
});

test('a note with no contact goes to the unfiled list', async ({ extensionPage: popup }) => {
  await popup.getByRole('textbox', { name: /unfiled/ }).fill('Call the bank about the invoice');
  await popup.getByRole('button', { name: 'Save note' }).click();
  await expect(popup.getByRole('list').filter({ hasText: 'Call the bank about the invoice' })).toBeVisible();
  await expect(popup.getByText('Open a Gmail conversation to log it.')).toBeVisible();
});
