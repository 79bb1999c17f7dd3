import { askForDatabase } from '@/lib/db/asks';
import { recoverInterruptedCommits } from '@/lib/db/import/rollback';
import { type CrmDb, openCrm } from '@/lib/db/open';
import { isRpcRequest } from '@/lib/protocol';
import { createRouter } from '@/lib/protocol/router';
import { crmSettingsItem, ownAddressesItem, valueModelItem } from '@/lib/settings';
import { cachedSetting } from '@/lib/settings/cached';
import { keepRegistrationsInSync } from '@/lib/sites/access';
import { registerCommands } from './commands';
import { createHandlers } from './handlers';
import { createReminders, registerReminderListeners } from './reminders';
import { serveSidebars } from './sidebar-ports';
import { serveLiveSync, syncAndTell } from './team-live';
import { keepWriterCurrent } from './writer';

const RECOMPUTE_ALARM = 'recompute-insights';
/** Team sync resumes by itself: every minute while a team is set up (a no-op otherwise). */
const TEAM_SYNC_ALARM = 'team-sync';

export default defineBackground(() => {
  // The service worker may stop at any time; the connection is only a cache, reopened on demand.
  let connection: Promise<CrmDb> | undefined;
  const writerKnown = keepWriterCurrent();
  const db = () => {
    // A long write under way (an import's commit) lets whoever asks go next.
    askForDatabase();
    connection ??= writerKnown
      .then(() => openCrm())
      .then(recoverInterruptedCommits)
      .catch((error: unknown) => {
        connection = undefined;
        throw error;
      });
    return connection;
  };

  const reminders = createReminders({ db, now: Date.now });
  registerReminderListeners(reminders);
  // Registrations of optional sites follow the permissions (granted in the popup, removed anywhere).
  keepRegistrationsInSync();

  const handlers = createHandlers({
    db,
    now: Date.now,
    crmSettings: { get: () => crmSettingsItem.getValue(), set: (settings) => crmSettingsItem.setValue(settings) },
    reminders,
    ownAddresses: cachedSetting(ownAddressesItem).get,
    valueModel: cachedSetting(valueModelItem),
  });
  const answer = createRouter(handlers, {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
  });
  // Team sync is live while a page is open; whatever a verb wrote reaches the team about a second later.
  const live = serveLiveSync(db);
  const route: typeof answer = async (request, sender) => {
    const response = await answer(request, sender);
    if (response.ok) live.wrote();
    return response;
  };
  registerCommands(route);
  serveSidebars(route, cachedSetting(ownAddressesItem).get);

  // Tiers are ranks across the whole book and P(alive) drifts with time: refit once a day.
  browser.runtime.onInstalled.addListener(() => {
    browser.alarms.create(RECOMPUTE_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
    browser.alarms.create(TEAM_SYNC_ALARM, { periodInMinutes: 1 });
  });
  // A first sync cut short by a closed browser goes on as soon as the browser is back.
  browser.runtime.onStartup.addListener(() => {
    syncAndTell(db).catch(() => undefined);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RECOMPUTE_ALARM) handlers['workspace.recomputeInsights']({}).catch(console.error);
    if (alarm.name === TEAM_SYNC_ALARM) syncAndTell(db).catch(() => undefined);
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isRpcRequest(message)) return false;
    route(message, sender).then(sendResponse);
    return true;
  });
});
