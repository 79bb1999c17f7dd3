import type { HandlersOf } from '@/lib/protocol';
import type { TeamView, teamVerbs } from '@/lib/protocol/team';
import { type TeamSyncSettings, teamSyncItem, teamSyncStatusItem } from '@/lib/settings/team';
import { serverOf, syncTeamNow } from '@/lib/sync/run';
import { testConnection } from '@/lib/sync/test-connection';
import type { HandlerDeps } from './deps';

type Connection = Omit<TeamSyncSettings, 'password' | 'passphrase'> & { password?: string; passphrase?: string };

async function merged(input: Connection): Promise<TeamSyncSettings> {
  const stored = await teamSyncItem.getValue();
  return {
    enabled: input.enabled,
    url: input.url.replace(/\/+$/, ''),
    database: input.database,
    username: input.username,
    password: input.password || stored.password,
    passphrase: input.passphrase || stored.passphrase,
  };
}

async function view(): Promise<TeamView> {
  const s = await teamSyncItem.getValue();
  return {
    enabled: s.enabled,
    url: s.url,
    database: s.database,
    username: s.username,
    hasPassword: s.password !== '',
    hasPassphrase: s.passphrase !== '',
    status: await teamSyncStatusItem.getValue(),
  };
}

export function teamHandlers(deps: HandlerDeps): HandlersOf<typeof teamVerbs> {
  return {
    async 'team.get'() {
      return view();
    },
    async 'team.set'(input) {
      await teamSyncItem.setValue(await merged(input));
      return view();
    },
    async 'team.test'(input) {
      const settings = await merged(input);
      return testConnection(serverOf(settings), settings.passphrase);
    },
    async 'team.syncNow'() {
      return syncTeamNow(deps.db, deps.now);
    },
  };
}
