/**
 * One sync round from the stored team settings, one at a time, its outcome kept as the status that
 * Settings and the sidebar show. Secrets never reach the status or a log.
 */
import type { CrmDb } from '../db/open';
import { type TeamSyncSettings, type TeamSyncStatus, teamSyncItem, teamSyncStatusItem } from '../settings/team';
import { SyncError, type TeamServer } from './couch';
import { syncOnce, teamKey } from './replicate';
import type { TeamKey } from './team-key';

export const serverOf = (s: TeamSyncSettings): TeamServer => ({
  url: s.url,
  database: s.database,
  username: s.username,
  password: s.password,
});

let running: Promise<TeamSyncStatus> | undefined;
/** The derived key, kept while the settings that made it stay the same (PBKDF2 is slow on purpose). */
let cachedKey: { for: string; key: TeamKey } | undefined;

export function syncTeamNow(db: () => Promise<CrmDb>, now: () => number = Date.now): Promise<TeamSyncStatus> {
  running ??= round(db, now).finally(() => {
    running = undefined;
  });
  return running;
}

async function round(db: () => Promise<CrmDb>, now: () => number): Promise<TeamSyncStatus> {
  const settings = await teamSyncItem.getValue();
  if (!settings.enabled || !settings.url) {
    const off: TeamSyncStatus = { state: 'off', at: now() };
    await teamSyncStatusItem.setValue(off);
    return off;
  }
  await teamSyncStatusItem.setValue({ ...(await teamSyncStatusItem.getValue()), state: 'syncing' });
  let status: TeamSyncStatus;
  try {
    const server = serverOf(settings);
    const identity = JSON.stringify([settings.url, settings.database, settings.passphrase]);
    if (cachedKey?.for !== identity) cachedKey = { for: identity, key: await teamKey(server, settings.passphrase) };
    const report = await syncOnce(await db(), server, cachedKey.key, {
      onProgress: (progress) => teamSyncStatusItem.setValue({ state: 'syncing', at: now(), progress }),
    });
    status = { state: 'ok', at: now(), pulled: report.pulled, pushed: report.pushed, rejected: report.rejected.length };
  } catch (error) {
    status = { state: 'failed', at: now(), reason: error instanceof SyncError ? error.reason : 'server-error' };
  }
  await teamSyncStatusItem.setValue(status);
  return status;
}
