import * as z from 'zod/mini';
import type { TeamSyncStatus } from '../settings/team';
import type { ConnectionTest } from '../sync/test-connection';
import { returns } from './returns';

/** The team connection as pages see it: the secrets are never sent back, only whether they are set. */
export interface TeamView {
  enabled: boolean;
  url: string;
  database: string;
  username: string;
  hasPassword: boolean;
  hasPassphrase: boolean;
  status: TeamSyncStatus;
}

const Connection = z.object({
  enabled: z.boolean(),
  url: z.string().check(z.maxLength(2000), z.regex(/^https?:\/\/[^\s]+$/)),
  database: z.string().check(z.regex(/^[a-z][a-z0-9_$()+/-]{0,237}$/)),
  username: z.string().check(z.maxLength(200)),
  /** Empty keeps the stored one. */
  password: z.optional(z.string().check(z.maxLength(500))),
  passphrase: z.optional(z.string().check(z.maxLength(500))),
});

export const teamVerbs = {
  'team.get': { input: z.object({}), output: returns<TeamView>() },
  'team.set': { input: Connection, output: returns<TeamView>() },
  /** Tries the connection (starting the team on an empty database); says what is wrong, if anything. */
  'team.test': { input: Connection, output: returns<ConnectionTest>() },
  'team.syncNow': { input: z.object({}), output: returns<TeamSyncStatus>() },
} as const;
