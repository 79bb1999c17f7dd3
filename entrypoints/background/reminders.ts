import { markReminded, type ReminderStep, reminderSteps } from '@/lib/db/contacts/reminders';
import type { CrmDb } from '@/lib/db/open';
import { type I18n, loadI18n, pickLocale } from '@/lib/i18n';
import { languageItem } from '@/lib/settings';
import { nextReminderAt, planReminders } from './reminder-plan';

export const REMINDER_ALARM = 'next-step-reminder';
const NOTIFICATION_PREFIX = 'next-step:';
// Chrome will not show a notification without an icon; the extension ships none, so a small badge is inlined.
const ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAA0ElEQVR42u2aOxKAIAxE6T2g1/ZGWjpUarJJ2DWZsYV9ECQfxmi7bduP881HKXo5GK/wMhC08DSQaOGhINnioRBV4iEQlgmfLA0CKRoBEyIeZXCITPFfINLER54PNwDqcFrHWUJ8GESmeM+4sNVHXVaQXagSb53DBRAVNpgBkANnAUwQ1e7jdqMVVt/lRg3QAA3wIwC63yjFRUYfSsgHcxThNH1CI5FS0if1EmUV+sKWRGmRvrgrUV6XaHBItJgkmnwSbVaZRrfMUwOZxx7VdgEQKcwVjIaW2QAAAABJRU5ErkJggg==';

interface ReminderDeps {
  db: () => Promise<CrmDb>;
  now: () => number;
}

async function armAt(at: number | null): Promise<void> {
  if (at === null) await browser.alarms.clear(REMINDER_ALARM);
  else await browser.alarms.create(REMINDER_ALARM, { when: at });
}

function messageOf(i18n: I18n, step: ReminderStep): string {
  return step.code ? i18n.t(`card.winBack.step.${step.code}`) : step.text;
}

/**
 * Next-step reminders: one alarm, always at the earliest next step not yet shown. The alarm survives the service
 * worker; the schedule is re-derived from the database, so nothing lives in memory.
 */
export function createReminders({ db, now }: ReminderDeps) {
  const rearm = async () => {
    const at = now();
    await armAt(nextReminderAt(await reminderSteps(await db(), at), at));
  };
  const fire = async () => {
    const database = await db();
    const at = now();
    const plan = planReminders(await reminderSteps(database, at), at);
    const i18n = await loadI18n(pickLocale(await languageItem.getValue(), navigator.language));
    for (const step of plan.notify) {
      // One notification per contact: showing it again replaces it rather than piling up.
      await browser.notifications.create(`${NOTIFICATION_PREFIX}${step.contactId}`, {
        type: 'basic',
        iconUrl: ICON,
        title: step.name,
        message: messageOf(i18n, step),
        contextMessage: i18n.t('common.reminder.dueOn', { date: i18n.date(step.due) }),
      });
    }
    await markReminded(database, plan.notify, at);
    await armAt(plan.alarmAt);
  };
  return { rearm, fire };
}

export type Reminders = ReturnType<typeof createReminders>;

/** Must run synchronously at the top of the background, so a woken service worker hears its events. */
export function registerReminderListeners(reminders: Reminders): void {
  const rearm = () => void reminders.rearm().catch(console.error);
  browser.runtime.onStartup.addListener(rearm);
  browser.runtime.onInstalled.addListener(rearm);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) reminders.fire().catch(console.error);
  });
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    const contactId = id.slice(NOTIFICATION_PREFIX.length);
    const url = `${browser.runtime.getURL('/dashboard.html')}#contact/${encodeURIComponent(contactId)}`;
    browser.tabs.create({ url }).catch(console.error);
    browser.notifications.clear(id).catch(console.error);
  });
}
