import { ask, expect, fixture, serve, test } from './extension';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean } | undefined> } };

test('10,000 logs in a row keep every view working', async ({ context, extensionPage }) => {
  test.setTimeout(300_000);
  extensionPage.on('console', (m) => console.log(m.text()));
  const failures = await extensionPage.evaluate(async () => {
    let failed = 0;
    const started = performance.now();
    for (let i = 0; i < 10_000; i++) {
      const answer = await chrome.runtime.sendMessage({
        rpc: 'interactions.logThread',
        input: {
          site: 'gmail',
          account: 'me@mine.example',
          people: [{ name: `Customer ${i % 50}`, email: `c${i % 50}@customer.example`, role: 'from' }],
          messages: [
            {
              id: `load-${i}`,
              fromEmail: `c${i % 50}@customer.example`,
              toEmails: ['me@mine.example'],
              at: 1_700_000_000_000 + i * 60_000,
            },
          ],
        },
      });
      if (!answer?.ok) failed++;
    }
    console.log(`10,000 logs: ${((performance.now() - started) / 10_000).toFixed(1)} ms each`);
    return failed;
  });
  expect(failures).toBe(0);
  expect(await ask(extensionPage, 'workspace.stats', {})).toMatchObject({ interactions: 10_000, contacts: 50 });
  await ask(extensionPage, 'interactions.logThread', {
    site: 'gmail',
    account: 'me@mine.example',
    people: [{ name: 'Carl Ortiz', email: 'carl@customer.example', role: 'from' }],
    messages: [
      { id: 'carl-1', fromEmail: 'carl@customer.example', toEmails: ['me@mine.example'], at: 1_700_000_000_000 },
    ],
  });

  await serve(context, 'https://mail.google.com/**', fixture('gmail/thread.html'));
  const page = await context.newPage();
  await page.goto('https://mail.google.com/mail/u/0/#inbox/18bfd1c2a3e4f567');
  const carl = page.frameLocator('#crm-sidebar iframe').getByRole('article', { name: 'Carl Ortiz' });
  await expect(carl.getByRole('region', { name: 'Last interactions' }).getByRole('listitem')).toHaveCount(1);
  const popup = await context.newPage();
  await popup.goto(extensionPage.url());
  await popup.getByRole('searchbox').fill('customer 4');
  await expect(popup.locator('.results li')).not.toHaveCount(0);
});
