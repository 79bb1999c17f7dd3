#!/usr/bin/env node
/**
 * Creates a Rapport team database and its members on a CouchDB server (run by the team's admin):
 *
 *   node scripts/team-db.mjs <couch-url> <database> <member>:<password> [<member>:<password> ...]
 *
 * The admin's credentials come from COUCH_ADMIN_USER and COUCH_ADMIN_PASSWORD. Members get a `_users`
 * document (created or left as it is) and are listed as members of the database's `_security`, so
 * they can read and write this database and no other. The team passphrase is never sent here: the
 * first rep who tests the connection in Settings → Team starts the team with it.
 */
const [url, database, ...members] = process.argv.slice(2);
const user = process.env.COUCH_ADMIN_USER;
const password = process.env.COUCH_ADMIN_PASSWORD;
if (!url || !database || members.length === 0 || !user || !password) {
  console.error(
    'usage: COUCH_ADMIN_USER=… COUCH_ADMIN_PASSWORD=… node scripts/team-db.mjs <url> <database> <name>:<password>…',
  );
  process.exit(2);
}
const base = url.replace(/\/+$/, '');
const headers = {
  Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
  'Content-Type': 'application/json',
};

async function put(path, body, okStatuses = [200, 201, 202]) {
  const response = await fetch(`${base}${path}`, { method: 'PUT', headers, body: body && JSON.stringify(body) });
  if (!okStatuses.includes(response.status)) {
    throw new Error(`PUT ${path}: ${response.status} ${await response.text()}`);
  }
  return response.status;
}

const created = await put(`/${encodeURIComponent(database)}`, undefined, [201, 202, 412]);
console.log(created === 412 ? `database ${database} exists` : `database ${database} created`);
const names = [];
for (const member of members) {
  const colon = member.indexOf(':');
  const name = member.slice(0, colon);
  const secret = member.slice(colon + 1);
  if (colon < 1 || !secret) throw new Error(`member "${member}" is not name:password`);
  const status = await put(
    `/_users/org.couchdb.user:${encodeURIComponent(name)}`,
    { _id: `org.couchdb.user:${name}`, name, password: secret, roles: [], type: 'user' },
    [201, 202, 409],
  );
  console.log(status === 409 ? `user ${name} exists (left as it is)` : `user ${name} created`);
  names.push(name);
}
await put(`/${encodeURIComponent(database)}/_security`, {
  admins: { names: [], roles: [] },
  members: { names, roles: [] },
});
console.log(`members of ${database}: ${names.join(', ')}`);
