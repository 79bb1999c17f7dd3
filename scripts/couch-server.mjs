// A local CouchDB-protocol server for the team demo and the benchmark: pouchdb-server on 127.0.0.1 and
// a free port, its databases in LevelDB under a temporary folder (closer to a real server than
// --in-memory, and the book stays off the heap), with an admin made first as on a real CouchDB. CORS is
// on by default, as the README asks of a team's CouchDB.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const ADMIN = { username: 'admin', password: 'local-admin' };

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

export async function startCouch(root, admin = ADMIN) {
  const headers = {
    Authorization: `Basic ${btoa(`${admin.username}:${admin.password}`)}`,
    'Content-Type': 'application/json',
  };
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dir = mkdtempSync(path.join(tmpdir(), 'rapport-couch-'));
  const bin = path.join(root, 'node_modules/pouchdb-server/bin/pouchdb-server');
  const child = spawn(process.execPath, [bin, '--dir', dir, '--host', '127.0.0.1', '--port', String(port), '-n'], {
    cwd: dir,
    stdio: 'ignore',
  });
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited with ${child.exitCode}`);
    if (i > 300) throw new Error('pouchdb-server did not start');
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await sleep(100);
  }
  const made = await fetch(`${url}/_config/admins/${admin.username}`, {
    method: 'PUT',
    body: JSON.stringify(admin.password),
  });
  if (!made.ok) throw new Error(`creating the admin: ${made.status}`);
  return {
    url,
    async createDatabase(name) {
      const response = await fetch(`${url}/${name}`, { method: 'PUT', headers });
      if (!response.ok) throw new Error(`PUT /${name}: ${response.status}`);
    },
    async info(name) {
      return (await fetch(`${url}/${name}`, { headers })).json();
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGKILL');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
