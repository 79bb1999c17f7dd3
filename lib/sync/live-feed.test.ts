import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, adminHeaders, type CouchServer, createDatabase, startCouchServer } from '../../tests/kit/couch-server';
import type { TeamServer } from './couch';
import { waitForChanges } from './live';

let server: CouchServer;
let team: TeamServer;
beforeAll(async () => {
  server = await startCouchServer();
  team = { url: server.url, database: 'feed', ...ADMIN };
  await createDatabase(server.url, team.database);
}, 30_000);
afterAll(() => server?.stop());

const since = async () =>
  String(
    ((await (await fetch(`${server.url}/feed`, { headers: adminHeaders })).json()) as { update_seq: unknown })
      .update_seq,
  );

describe('the long-poll on the team changes feed', () => {
  it('answers as soon as a change lands after the position', async () => {
    const at = { server: team, since: await since() };
    const started = Date.now();
    const waiting = waitForChanges(at, new AbortController().signal);
    setTimeout(() => {
      fetch(`${server.url}/feed/contacts%2Fc1`, { method: 'PUT', headers: adminHeaders, body: '{"store":"contacts"}' });
    }, 300);
    expect(await waiting).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('gives up when aborted (a page closed, a write to push)', async () => {
    const stop = new AbortController();
    const waiting = waitForChanges({ server: team, since: await since() }, stop.signal);
    setTimeout(() => stop.abort(), 200);
    await expect(waiting).rejects.toThrow();
  });

  it('a server that is down is a failure the loop backs off from', async () => {
    const down = { ...team, url: 'http://127.0.0.1:9' };
    await expect(waitForChanges({ server: down, since: '0' }, new AbortController().signal)).rejects.toMatchObject({
      reason: 'unreachable',
    });
  });
});
