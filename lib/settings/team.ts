/**
 * The team sync connection: server, database, credentials and the team passphrase. Kept in extension
 * storage only, so never in backups, exports or logs; the handlers never return the secrets to a page.
 */
import { storage } from 'wxt/utils/storage';
import type { SyncFailure } from '../sync/couch';

export interface TeamSyncSettings {
  enabled: boolean;
  url: string;
  database: string;
  username: string;
  password: string;
  passphrase: string;
}

export const NO_TEAM: TeamSyncSettings = {
  enabled: false,
  url: '',
  database: '',
  username: '',
  password: '',
  passphrase: '',
};

export const teamSyncItem = storage.defineItem<TeamSyncSettings>('local:teamSync', { fallback: NO_TEAM, version: 1 });

/** How the last sync went, for Settings and the sidebar's indicator. */
export interface TeamSyncStatus {
  state: 'off' | 'syncing' | 'ok' | 'failed';
  at: number;
  reason?: SyncFailure;
  pulled?: number;
  pushed?: number;
  rejected?: number;
  /** While syncing: the team's changes received so far in this round, of about how many. */
  progress?: { done: number; total: number };
}

export const teamSyncStatusItem = storage.defineItem<TeamSyncStatus>('local:teamSyncStatus', {
  fallback: { state: 'off', at: 0 },
  version: 1,
});
