/**
 * A real CouchDB-protocol server for tests: `pouchdb-server` on 127.0.0.1 and a free port, started by
 * the test and stopped afterwards. In memory by default; `{ persistent: true }` keeps its databases
 * in a scratch folder, so a killed and restarted server comes back with its data (like CouchDB).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CouchServer {
  url: string;
  port: number;
  stop(): Promise<void>;
  /** Kills the process (SIGKILL) and starts a new one on the same port (in memory: it comes back empty). */
  restart(): Promise<void>;
  /** Kills the process (SIGKILL), leaving its data; `start` brings it back on the same port. */
  kill(): Promise<void>;
  start(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('pouchdb-server did not start');
}

export async function startCouchServer(options: { persistent?: boolean } = {}): Promise<CouchServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const bin = fileURLToPath(new URL('../../node_modules/pouchdb-server/bin/pouchdb-server', import.meta.url));
  // Its log and config files go to a scratch directory, not the project.
  const dir = mkdtempSync(path.join(tmpdir(), 'rapport-couch-'));
  let child: ChildProcess;
  const start = async () => {
    const storage = options.persistent ? ['--dir', dir] : ['--in-memory'];
    child = spawn(process.execPath, [bin, ...storage, '--host', '127.0.0.1', '--port', String(port)], {
      cwd: dir,
      stdio: 'ignore',
    });
    await waitUntilUp(url, child);
    await createAdmin(url);
  };
  const kill = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  await start();
  return {
    url,
    port,
    async stop() {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
    async restart() {
      await kill();
      await start();
    },
    kill,
    start,
  };
}

/** The server's admin, created at start (the server begins as an "admin party"). */
export const ADMIN = { username: 'admin', password: 'admin-secret' };
export const adminHeaders = {
  Authorization: `Basic ${btoa(`${ADMIN.username}:${ADMIN.password}`)}`,
  'Content-Type': 'application/json',
};

async function createAdmin(url: string): Promise<void> {
  const put = (headers?: HeadersInit) =>
    fetch(`${url}/_config/admins/${ADMIN.username}`, { method: 'PUT', headers, body: JSON.stringify(ADMIN.password) });
  let response = await put();
  // A persistent server restarted keeps its admin (in its config file): then only she may.
  if (response.status === 401) response = await put(adminHeaders);
  if (!response.ok) throw new Error(`creating the admin: ${response.status}`);
}

export async function createDatabase(url: string, name: string): Promise<void> {
  const response = await fetch(`${url}/${name}`, { method: 'PUT', headers: adminHeaders });
  if (!response.ok && response.status !== 412) throw new Error(`PUT /${name}: ${response.status}`);
}
