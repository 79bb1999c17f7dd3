import { type CrmDb, openCrm } from '@/lib/db/open';
import { isRpcRequest } from '@/lib/protocol';
import { createRouter } from '@/lib/protocol/router';
import { crmSettingsItem, ownAddressesItem, valueModelItem } from '@/lib/settings';
import { cachedSetting } from '@/lib/settings/cached';
import { keepRegistrationsInSync } from '@/lib/sites/access';
import { syncTeamNow } from '@/lib/sync/run';
import { registerCommands } from './commands';
import { createHandlers } from './handlers';
import { createReminders, registerReminderListeners } from './reminders';
import { serveSidebars } from './sidebar-ports';
import { keepWriterCurrent } from './writer';

const RECOMPUTE_ALARM = 'recompute-insights';
/** Team sync resumes by itself: every minute while a team is set up (a no-op otherwise). */
const TEAM_SYNC_ALARM = 'team-sync';

export default defineBackground(() => {
  // The service worker may stop at any time; the connection is only a cache, reopened on demand.
  let connection: Promise<CrmDb> | undefined;
  const writerKnown = keepWriterCurrent();
  const db = () => {
    connection ??= writerKnown
      .then(() => openCrm())
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
  const route = createRouter(handlers, {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
  });
  registerCommands(route);
  serveSidebars();

  // Tiers are ranks across the whole book and P(alive) drifts with time: refit once a day.
  browser.runtime.onInstalled.addListener(() => {
    browser.alarms.create(RECOMPUTE_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
    browser.alarms.create(TEAM_SYNC_ALARM, { periodInMinutes: 1 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RECOMPUTE_ALARM) handlers['workspace.recomputeInsights']({}).catch(console.error);
    if (alarm.name === TEAM_SYNC_ALARM) {
      syncTeamNow(db)
        .then((status) => {
          // Open pages refresh what they show when the team's changes arrived.
          if (status.pulled) browser.runtime.sendMessage({ event: 'synced' }).catch(() => undefined);
        })
        .catch(() => undefined);
    }
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isRpcRequest(message)) return false;
    route(message, sender).then(sendResponse);
    return true;
  });
});
