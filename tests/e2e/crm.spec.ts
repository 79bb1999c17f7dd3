import type { Page } from '@playwright/test';
import { ask, expect, test } from './extension';

/** The extension API inside our own pages. */
declare const chrome: {
  notifications: { getAll(): Promise<Record<string, boolean>> };
  alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> };
};

const MEI = 'contact-000000';

async function openContact(page: Page, extensionId: string, id: string) {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#contact/${id}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Mei Chen' })).toBeVisible();
}

test.beforeEach(async ({ extensionPage }) => {
  await ask(extensionPage, 'workspace.seedDemo', { replace: true });
});

test('a key customer: tier set by hand with a reason, a complaint worked in order, an NPS answer', async ({
  extensionPage: page,
  extensionId,
}) => {
  await openContact(page, extensionId, MEI);
  const header = page.locator('.contact-header');
  await expect(header.locator('[data-tier]')).toHaveAttribute('data-tier', /S|A/);

  const tierForm = page.locator('form[data-override-form="tier"]');
  await tierForm.locator('select').selectOption('B');
  await tierForm.getByRole('button', { name: 'Set by hand' }).click();
  await expect(page.getByRole('status')).toContainText('Give a reason');
  await tierForm.getByRole('textbox', { name: 'Reason' }).fill('Moving to a distributor next year');
  await tierForm.getByRole('button', { name: 'Set by hand' }).click();
  await expect(header.locator('[data-override="tier"]')).toContainText('Moving to a distributor next year');
  await expect(header.locator('[data-tier]')).toHaveAttribute('data-tier', 'B');

  const complaints = page.getByRole('region', { name: 'Complaints' });
  await complaints.getByText('Record a complaint').click();
  await complaints.getByRole('textbox', { name: 'Category' }).fill('Late delivery');
  await complaints.getByRole('combobox', { name: 'Severity' }).selectOption('high');
  await complaints.getByRole('textbox', { name: 'What happened' }).fill('The March order arrived two weeks late.');
  await complaints.getByRole('button', { name: 'Open complaint' }).click();
  const complaint = complaints.getByRole('article', { name: 'Late delivery' });
  await expect(complaint.locator('[data-step="acknowledge"]')).toContainText('due');
  await expect(complaint.getByRole('button', { name: 'Done: Investigate' })).toBeDisabled();
  await complaint.getByRole('button', { name: 'Done: Acknowledge and listen' }).click();
  await expect(complaint.locator('[data-step="acknowledge"]')).toHaveClass(/done/);
  await complaint.getByRole('button', { name: 'Done: Investigate' }).click();
  await expect(complaint.locator('[data-step="investigate"]')).toHaveClass(/done/);
  await expect(complaint.getByRole('button', { name: 'Done: Resolve or compensate' })).toBeEnabled();

  const feedback = page.getByRole('region', { name: 'Feedback and loyalty' });
  await feedback.getByRole('combobox', { name: 'Kind of feedback' }).selectOption('nps');
  await feedback.getByRole('spinbutton', { name: /Score/ }).fill('10');
  await feedback.getByRole('button', { name: 'Record feedback' }).click();
  await expect(feedback.locator('[data-kind="nps"]')).toContainText('Would recommend 10/10');
  await expect(feedback.getByRole('definition').filter({ hasText: 'Promoter' })).toBeVisible();

  await page.goto(`chrome-extension://${extensionId}/dashboard.html#complaints`);
  await expect(page.getByRole('region', { name: /Waiting for: Resolve or compensate/ })).toContainText('Mei Chen');
});

test('the at-risk view lists customers by priority and applies a win-back plan', async ({
  extensionPage: page,
  extensionId,
}) => {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#at-risk`);
  const rows = page.locator('table.at-risk tbody tr');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(3);
  const first = rows.first();
  const id = await first.getAttribute('data-contact-id');
  await first.getByRole('button', { name: /^Apply plan for/ }).click();
  await expect(page.getByRole('status')).toContainText('Next step:');
  const detail = await ask<{ contact: { nextStep?: { code?: string } } }>(page, 'contacts.detail', { id });
  expect(detail.contact.nextStep?.code).toBeTruthy();
});

test('a next step due in the past rings a reminder that names the contact', async ({
  extensionPage: page,
  extensionId,
}) => {
  await openContact(page, extensionId, MEI);
  const nextStep = page.getByRole('region', { name: 'Next step' });
  await nextStep.getByRole('textbox', { name: 'What to do' }).fill('Call Mei about the renewal');
  const yesterday = new Date(Date.now() - 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  await nextStep
    .getByLabel('Due')
    .fill(`${yesterday.getFullYear()}-${pad(yesterday.getMonth() + 1)}-${pad(yesterday.getDate())}`);
  await nextStep.getByRole('button', { name: 'Plan next step' }).click();
  await expect(nextStep.locator('.next-step')).toContainText('Call Mei about the renewal');
  await expect(nextStep.locator('.next-step')).toContainText('overdue');

  await expect
    .poll(() => page.evaluate(() => chrome.notifications.getAll()), { timeout: 20_000 })
    .toHaveProperty([`next-step:${MEI}`]);
  await expect
    .poll(async () => {
      const detail = await ask<{ contact: { nextStep?: { notifiedAt?: number } } }>(page, 'contacts.detail', {
        id: MEI,
      });
      return detail.contact.nextStep?.notifiedAt;
    })
    .toBeGreaterThan(0);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Next step' })).toContainText('reminder shown');
});

test('a next step still to come keeps one alarm armed for it', async ({ extensionPage: page }) => {
  const due = Date.now() + 3 * 86_400_000;
  await ask(page, 'contacts.setNextStep', { id: MEI, nextStep: { text: 'Send the price list', due } });
  const reminderAlarms = async () =>
    (await page.evaluate(() => chrome.alarms.getAll())).filter((a) => a.name === 'next-step-reminder');
  await expect.poll(reminderAlarms).toEqual([expect.objectContaining({ scheduledTime: due })]);
});
