import { ask, expect, fixture, serve, test } from './extension';

const INBOX = 'https://mail.google.com/mail/u/0/#inbox';

test('a page script that clicks Send itself, or presses Ctrl+Enter, makes Rapport log nothing', async ({
  context,
  extensionPage,
}) => {
  await serve(context, 'https://mail.google.com/**', fixture('gmail/compose.html'));
  await ask(extensionPage, 'contacts.save', { name: 'Carl Ortiz', email: 'carl@customer.example', source: 'manual' });
  const page = await context.newPage();
  await page.goto(INBOX);
  const sidebar = page.frameLocator('#crm-sidebar iframe');
  await expect(sidebar.getByRole('article', { name: 'Carl Ortiz' })).not.toContainText('Not in Rapport yet');

  // The page's own script: forged input on the Send button and in the compose window, then the window closes.
  await page.evaluate(() => {
    const send = Array.from(document.querySelectorAll<HTMLElement>('[role="button"], button')).find((b) =>
      /^Send/.test(b.getAttribute('aria-label') ?? b.textContent ?? ''),
    );
    if (!send) throw new Error('no Send button in the fixture');
    send.click();
    send.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    send.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    document.querySelector('.dw')?.remove();
  });
  // Longer than the watch takes to see a closed window and hand the email over.
  await page.waitForTimeout(2000);
  expect(await ask(extensionPage, 'workspace.stats', {})).toMatchObject({ interactions: 0 });
  await expect(sidebar.getByText('Logged the email')).toHaveCount(0);
});

test("the user's own click on Send is still logged (the check above is not vacuous)", async ({
  context,
  extensionPage,
}) => {
  await serve(context, 'https://mail.google.com/**', fixture('gmail/compose.html'));
  await ask(extensionPage, 'contacts.save', { name: 'Carl Ortiz', email: 'carl@customer.example', source: 'manual' });
  const page = await context.newPage();
  await page.goto(INBOX);
  const sidebar = page.frameLocator('#crm-sidebar iframe');
  await expect(sidebar.getByRole('article', { name: 'Carl Ortiz' })).not.toContainText('Not in Rapport yet');
  await page.getByRole('button', { name: /^Send/ }).click();
  await page.evaluate(() => document.querySelector('.dw')?.remove());
  await expect(sidebar.getByRole('status')).toContainText('Logged the email you sent to Carl Ortiz.');
  expect(await ask(extensionPage, 'workspace.stats', {})).toMatchObject({ interactions: 1 });
});
