/**
 * Two reps of one team for sync tests: a CouchDB-protocol server for the file, and before each test a new
 * team database on it, a new book for each rep and each rep's team key (the first rep sets the team up).
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type CrmDb, openCrm } from '../../lib/db/open';
import type { TeamServer } from '../../lib/sync/couch';
import { teamKey } from '../../lib/sync/replicate';
import type { TeamKey } from '../../lib/sync/team-key';
import { ADMIN, type CouchServer, createDatabase, startCouchServer } from './couch-server';

export interface TwoReps {
  server: CouchServer;
  team: TeamServer;
  a: CrmDb;
  b: CrmDb;
  keyA: TeamKey;
  keyB: TeamKey;
}

/** Filled in by the hooks it registers; `name` keeps one file's databases apart from another's. */
export function twoRepsEachTest(name: string, passphrase: string): TwoReps {
  const reps = {} as TwoReps;
  let n = 0;
  beforeAll(async () => {
    reps.server = await startCouchServer();
  }, 30_000);
  afterAll(() => reps.server?.stop());
  beforeEach(async () => {
    n += 1;
    reps.team = { url: reps.server.url, database: `${name}-${n}`, ...ADMIN };
    await createDatabase(reps.server.url, reps.team.database);
    reps.a = await openCrm(`${name}-a-${n}`);
    reps.b = await openCrm(`${name}-b-${n}`);
    reps.keyA = await teamKey(reps.team, passphrase, true);
    reps.keyB = await teamKey(reps.team, passphrase);
  });
  return reps;
}
