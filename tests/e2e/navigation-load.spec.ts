import { expect, fixture, serve, test } from './extension';

const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/18bfd1c2a3e4f567';

test('500 in-page navigations leave no growing listeners, nodes or frames', async ({ context }) => {
  test.setTimeout(180_000);
  await serve(context, 'https://mail.google.com/**', fixture('gmail/thread.html'));
  const page = await context.newPage();
  await page.goto(THREAD_URL);
  const sidebar = page.frameLocator('#crm-sidebar iframe');
  await expect(sidebar.getByRole('article', { name: 'Carl Ortiz' })).toBeVisible();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => list.find((m) => m.name === name)?.value ?? Number.NaN;
    return { listeners: get('JSEventListeners'), nodes: get('Nodes'), frames: get('Frames') };
  };
  const navigate = (times: number) =>
    page.evaluate(async (n) => {
      const thread = document.querySelector('.nH.if');
      for (let i = 0; i < n; i++) {
        location.hash = i % 2 ? '#inbox/18bfd1c2a3e4f567' : '#inbox';
        if (thread instanceof HTMLElement) thread.style.display = i % 2 ? '' : 'none';
        await new Promise((r) => setTimeout(r, 10));
      }
    }, times);

  await navigate(100);
  const after100 = await metrics();
  await navigate(400);
  await page.waitForTimeout(500);
  const after500 = await metrics();

  expect(after500.frames).toBe(after100.frames);
  expect(after500.listeners).toBeLessThanOrEqual(after100.listeners + 20);
  expect(after500.nodes).toBeLessThanOrEqual(after100.nodes * 1.1 + 200);
  expect(await page.locator('#crm-sidebar').count()).toBe(1);
  await expect(sidebar.getByRole('article', { name: 'Carl Ortiz' })).toBeVisible();
});
