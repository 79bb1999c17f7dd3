import { ask, expect, fixture, serve, test } from './extension';

const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/18bfd1c2a3e4f567';

/** Runs in the host page, as the page's own (hostile) script would. */
const HOSTILE = `<script>
window.__probe = (async () => {
  const report = { attacks: 0, readable: [] };
  // Attack the loaded sidebar, not the blank frame that exists for a moment before it.
  const host = () => document.querySelector('#crm-sidebar iframe');
  const loaded = () => host() && host().src.startsWith('chrome-extension://');
  for (let i = 0; i < 100 && !loaded(); i++) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 1000));
  const frame = host();
  report.src = frame.src.slice(0, 19);
  const tryRead = (name, read) => {
    report.attacks++;
    try { const v = read(); if (v !== null && v !== undefined) report.readable.push(name + ':' + String(v).slice(0, 80)); } catch {}
  };
  tryRead('contentDocument', () => frame.contentDocument && frame.contentDocument.body.innerText);
  tryRead('frames[].document', () => window.frames[0].document.body.innerText);
  tryRead('frames[].location', () => window.frames[0].location.href);
  tryRead('frames[].localStorage', () => window.frames[0].localStorage.length);
  const extId = new URL(frame.src).host;
  const forged = [
    { event: 'page', page: { site: 'gmail', kind: 'thread', url: location.href, account: null, people: [{ name: 'Forged Person', email: 'forged@evil.example', role: 'from' }], messages: [{ id: 'x', fromEmail: 'forged@evil.example', toEmails: [], at: 1 }], problems: [] } },
    { rpc: 'interactions.logThread', input: { site: 'gmail', account: null, people: [{ name: 'Forged', email: 'forged@evil.example', role: 'from' }], messages: [{ id: 'forged-1', fromEmail: 'forged@evil.example', toEmails: [], at: 1 }] } },
    { rpc: 'workspace.stats', input: {} },
    { to: 'content', ask: 'collapse', collapsed: true },
  ];
  for (const message of forged) {
    report.attacks++;
    frame.contentWindow.postMessage(message, '*');
    window.postMessage(message, '*');
    report.attacks++;
    try {
      const answer = await chrome.runtime.sendMessage(extId, message);
      if (answer !== undefined) report.readable.push('runtime.sendMessage:' + JSON.stringify(answer).slice(0, 80));
    } catch {}
  }
  report.attacks++;
  frame.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  return report;
})();
</script>`;

test('a hostile host page reads no CRM data and writes nothing', async ({ context, extensionPage }) => {
  await ask(extensionPage, 'contacts.save', { name: 'Carl Ortiz', email: 'carl@customer.example', source: 'manual' });
  const before = await ask(extensionPage, 'workspace.stats', {});
  await serve(
    context,
    'https://mail.google.com/**',
    fixture('gmail/thread.html').replace('</body>', `${HOSTILE}</body>`),
  );
  const page = await context.newPage();
  await page.goto(THREAD_URL);
  const report = await page.evaluate(
    () => (window as unknown as { __probe: Promise<{ attacks: number; readable: string[]; src: string }> }).__probe,
  );
  expect(report.src).toBe('chrome-extension://');
  expect(report.attacks).toBeGreaterThanOrEqual(10);
  expect(report.readable).toEqual([]);

  const sidebar = page.frameLocator('#crm-sidebar iframe');
  await expect(sidebar.getByRole('article', { name: 'Carl Ortiz' })).toBeVisible();
  await expect(sidebar.getByText('Forged Person')).toHaveCount(0);
  await expect(page.locator('#crm-sidebar')).toHaveCSS('width', '360px');
  expect(await ask(extensionPage, 'workspace.stats', {})).toEqual(before);
  expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain('Not in Rapport yet');
});

test('hostile names render as text in the sidebar', async ({ context }) => {
  const evil = '<img src=x onerror="document.title=\'pwned\'">\u202Egnp.exe';
  const html = fixture('gmail/thread.html').replaceAll('name="Dee Park"', `name="${evil.replaceAll('"', '&quot;')}"`);
  await serve(context, 'https://mail.google.com/**', html);
  const page = await context.newPage();
  await page.goto(THREAD_URL);
  const sidebar = page.frameLocator('#crm-sidebar iframe');
  await expect(sidebar.getByRole('article', { name: 'Carl Ortiz' })).toBeVisible();
  await expect(sidebar.locator('img')).toHaveCount(0);
  await expect(sidebar.getByText('<img src=x', { exact: false })).toBeVisible();
  expect(await page.title()).not.toBe('pwned');
});
