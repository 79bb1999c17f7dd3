import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, adminHeaders, type CouchServer, createDatabase, startCouchServer } from '../../tests/kit/couch-server';
import { testConnection } from './test-connection';

let server: CouchServer;
beforeAll(async () => {
  server = await startCouchServer();
  await createDatabase(server.url, 'team');
  // A user who is no member of the team database.
  await fetch(`${server.url}/_users/org.couchdb.user:outsider`, {
    method: 'PUT',
    headers: adminHeaders,
    body: JSON.stringify({ name: 'outsider', password: 'outsider-pw', roles: [], type: 'user' }),
  });
  await fetch(`${server.url}/team/_security`, {
    method: 'PUT',
    headers: adminHeaders,
    body: JSON.stringify({ admins: { names: [], roles: [] }, members: { names: ['ann'], roles: [] } }),
  });
}, 30_000);
afterAll(() => server?.stop());

const PASSPHRASE = 'team passphrase one';
const team = (over: Partial<{ url: string; database: string; username: string; password: string }> = {}) => ({
  url: server.url,
  database: 'team',
  ...ADMIN,
  ...over,
});

describe('test connection says plainly what is wrong', () => {
  it('starts a team on an empty database, then opens it with the same passphrase', async () => {
    expect(await testConnection(team(), PASSPHRASE)).toEqual({ ok: true });
    expect(await testConnection(team(), PASSPHRASE)).toEqual({ ok: true });
  });

  it('a passphrase that does not open this team', async () => {
    await testConnection(team(), PASSPHRASE);
    expect(await testConnection(team(), 'another passphrase')).toEqual({ ok: false, reason: 'wrong-passphrase' });
  });

  it('wrong credentials, not a member, no such database, unreachable', async () => {
    expect(await testConnection(team({ password: 'nope' }), PASSPHRASE)).toEqual({ ok: false, reason: 'unauthorized' });
    expect(await testConnection(team({ username: 'outsider', password: 'outsider-pw' }), PASSPHRASE)).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(await testConnection(team({ database: 'no-such-team' }), PASSPHRASE)).toEqual({
      ok: false,
      reason: 'no-database',
    });
    expect(await testConnection(team({ url: 'http://127.0.0.1:1' }), PASSPHRASE)).toEqual({
      ok: false,
      reason: 'unreachable',
    });
  });
});
