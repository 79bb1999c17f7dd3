/**
 * The few CouchDB HTTP calls team sync makes, with every failure named plainly. Works against Apache
 * CouchDB 3.x and anything speaking its replication protocol.
 */
export interface TeamServer {
  /** Origin and optional path prefix, e.g. https://couch.example.com */
  url: string;
  database: string;
  username: string;
  password: string;
}

export type SyncFailure =
  | 'unreachable'
  | 'unauthorized'
  | 'forbidden'
  | 'no-database'
  | 'server-error'
  | 'not-a-team-database'
  | 'wrong-passphrase'
  | 'too-large';

export class SyncError extends Error {
  constructor(
    readonly reason: SyncFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SyncError';
  }
}

export function databaseUrl(server: TeamServer, path = ''): string {
  return `${server.url.replace(/\/+$/, '')}/${encodeURIComponent(server.database)}${path}`;
}

function authorization(server: TeamServer): string {
  const bytes = new TextEncoder().encode(`${server.username}:${server.password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

/** One request to the team database; resolves to the parsed JSON body, or throws a SyncError. */
export async function couch(
  server: TeamServer,
  path: string,
  init: { method?: string; body?: unknown; signal?: AbortSignal; allow404?: boolean } = {},
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(databaseUrl(server, path), {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: { Authorization: authorization(server), 'Content-Type': 'application/json', Accept: 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
      credentials: 'omit',
    });
  } catch (cause) {
    if (init.signal?.aborted) throw cause;
    throw new SyncError('unreachable', 'The team server cannot be reached (offline, wrong address or TLS)', { cause });
  }
  if (response.status === 404 && init.allow404) return null;
  if (response.status === 401 && !(await signsIn(server)))
    throw new SyncError('unauthorized', 'The team server refused the username or password');
  // Some servers answer 401 to a user who signed in but is no member of the database.
  if (response.status === 401 || response.status === 403)
    throw new SyncError('forbidden', 'This user is not a member of the team database');
  if (response.status === 404) throw new SyncError('no-database', 'The team database does not exist on this server');
  if (response.status === 413) throw new SyncError('too-large', 'The team server refused a request as too large');
  if (!response.ok) throw new SyncError('server-error', `The team server answered ${response.status}`);
  return response.json();
}

/** Whether the server accepts the username and password at all (its `_session`). */
async function signsIn(server: TeamServer): Promise<boolean> {
  try {
    const response = await fetch(`${server.url.replace(/\/+$/, '')}/_session`, {
      headers: { Authorization: authorization(server), Accept: 'application/json' },
      credentials: 'omit',
    });
    if (!response.ok) return false;
    const session = (await response.json()) as { userCtx?: { name?: string | null } };
    return session.userCtx?.name === server.username;
  } catch {
    return false;
  }
}
