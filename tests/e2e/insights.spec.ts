import { ask, expect, test } from './extension';

interface Summary {
  total: number;
  prospects: number;
  stages: Record<string, number>;
}
interface Page_ {
  rows: { id: string; name: string; tier?: string }[];
}

test.beforeEach(async ({ extensionPage }) => {
  await ask(extensionPage, 'workspace.seedDemo', { replace: true });
});

test('the demo overview shows a believable book: few in decline, prospects as prospects', async ({
  extensionPage: page,
  extensionId,
}) => {
  const summary = await ask<Summary>(page, 'contacts.summary', {});
  expect(summary.stages.decline).toBeLessThan(summary.total / 3);
  expect(summary.prospects).toBeGreaterThan(0);

  await page.goto(`chrome-extension://${extensionId}/dashboard.html#overview`);
  const prospectRow = page.locator('.prospects-line[data-tier="prospect"]');
  await expect(prospectRow).toContainText('Prospect');
  await expect(prospectRow).toContainText(String(summary.prospects));
  await expect(page.locator('[data-tile="nps"]')).toContainText('NPS');
  await expect(page.locator('.overview')).not.toContainText('NaN');

  await prospectRow.getByRole('link', { name: 'Prospect' }).click();
  const grid = page.getByRole('grid', { name: 'Contacts' });
  await expect(grid.locator('[aria-rowindex="2"] [data-tier]')).toHaveAttribute('data-tier', 'prospect');
  const badges = await grid.locator('.grid-body [data-tier]').evaluateAll((els) => els.map((e) => e.textContent));
  expect(new Set(badges)).toEqual(new Set(['Prospect']));

  // The popup's search shows the same prospect as a prospect, never as tier C.
  const { rows } = await ask<Page_>(page, 'contacts.list', {
    filter: { tiers: ['prospect'] },
    sort: { key: 'name', dir: 'asc' },
    offset: 0,
    limit: 1,
  });
  const prospectName = rows[0]?.name ?? '';
  expect(prospectName).not.toBe('');
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill(prospectName);
  const hit = page.getByRole('button', { name: new RegExp(prospectName) }).first();
  await expect(hit.locator('[data-tier]')).toHaveAttribute('data-tier', 'prospect');
  await expect(hit).toContainText('Prospect');
});

test("a lost customer's cause and win-back outcome are recorded, with the tier's whole playbook, and counted by tier", async ({
  extensionPage: page,
  extensionId,
}) => {
  const lost = await ask<Page_>(page, 'contacts.list', {
    filter: { stages: ['lost'], tiers: ['S', 'A', 'B'] },
    sort: { key: 'value', dir: 'desc' },
    offset: 0,
    limit: 5,
  });
  const customer = lost.rows[0];
  if (!customer?.tier) throw new Error('the demo has lost customers with a tier');
  const steps = customer.tier === 'B' ? 3 : 4;

  await page.goto(`chrome-extension://${extensionId}/dashboard.html#contact/${encodeURIComponent(customer.id)}`);
  const panel = page.locator('[data-panel="loss"]');
  await expect(panel.getByRole('list', { name: 'Win-back playbook' }).getByRole('listitem')).toHaveCount(steps);

  await panel.getByLabel('Why they left').selectOption('went-to-competitor');
  await panel.getByRole('button', { name: 'Save cause' }).click();
  await expect(page.getByText('Cause of loss saved.')).toBeVisible();

  await panel.getByLabel('Win-back outcome').selectOption('won-back');
  await panel.getByLabel('Cost of the win-back').fill('750');
  await panel.getByRole('button', { name: 'Save outcome' }).click();
  await expect(panel.locator('[data-outcome="won-back"]')).toContainText('Won back');
  await expect(panel.getByLabel('Why they left')).toHaveValue('went-to-competitor');

  await page.goto(`chrome-extension://${extensionId}/dashboard.html#at-risk`);
  const results = page.locator('.win-back-results');
  const row = results.locator(`tr[data-tier="${customer.tier}"]`);
  await expect(row.locator('[data-result="won-back"]')).toHaveText('1');
  await expect(row).toContainText('750');
  await expect(page.locator('table.at-risk [data-at-stake]').first()).toContainText('/yr');
});
