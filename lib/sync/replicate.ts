/**
 * One sync round with the team database: open the team key (wrong passphrase stops here, before
 * anything is read), pull every change since the checkpoint, then push the outbox. Checkpoints live in
 * our database and in `_local/<replication id>` on the server; a pull starts from ours only when the
 * server's agrees, so a server that lost its data (or another one) is read from the start.
 */
import type { CrmDb } from '../db/open';
import { readCheckpoint, writeCheckpoint } from '../db/revisions/checkpoint';
import { fieldHash } from '../db/revisions/field-hash';
import { couch, SyncError, type TeamServer } from './couch';
import { applyBatch, type FetchedBatch, fetchBatch, LocalWriteRaced, PULL_BATCH, type PullHooks } from './pull';
import { pushAll } from './push';
import { seedOutbox, stampOwed } from './seed-outbox';
import { createTeamSetup, openTeamKey, TEAM_DOC_ID, type TeamKey } from './team-key';

export interface SyncReport {
  pulled: number;
  pushed: number;
  rejected: string[];
}

/** How far the pull of this round has got: changes read from the feed, of about how many. */
export interface SyncProgress {
  done: number;
  total: number;
}

export interface SyncOptions extends PullHooks {
  /** After every pulled batch (its checkpoint saved, unless it brought nothing new). */
  onProgress?: (progress: SyncProgress) => void | Promise<void>;
  /** Changes per pulled batch (PULL_BATCH). */
  batch?: number;
}

/** Changes per page at most while the feed holds nothing new to this book. */
const KNOWN_WALK_MAX = 2_000;
/** How often a walk over changes this book already has saves its checkpoint: a round cut short repeats at most that. */
const KNOWN_CHECKPOINT_MS = 2_000;

/** Where this book's own replica id is kept, beside its checkpoints. */
const REPLICA_KEY = 'rapport-replica';

/**
 * This book's replication id with a team database. Every rep replicates the same database, so the id
 * names the book too (a random id made once): each keeps its own `_local` checkpoint on the server.
 */
export async function replicationId(db: CrmDb, server: TeamServer): Promise<string> {
  let replica = (await readCheckpoint(db, REPLICA_KEY))?.pulledSince;
  if (!replica) {
    replica = crypto.randomUUID();
    await writeCheckpoint(db, { id: REPLICA_KEY, pulledSince: replica, at: Date.now() });
  }
  return `rapport-${fieldHash(`${server.url}|${server.database}|${replica}`)}-${fieldHash(server.database, 7)}`;
}

/** The team key, creating the team's setup document when the database has none and `create` is set. */
export async function teamKey(server: TeamServer, passphrase: string, create = false): Promise<TeamKey> {
  const setup = await couch(server, `/${TEAM_DOC_ID}`, { allow404: true });
  if (setup === null && create) {
    const made = await createTeamSetup(passphrase);
    await couch(server, `/${TEAM_DOC_ID}`, { method: 'PUT', body: made.setup });
    return made.key;
  }
  return openTeamKey(setup, passphrase);
}

export async function syncOnce(
  db: CrmDb,
  server: TeamServer,
  key: TeamKey,
  options: SyncOptions = {},
): Promise<SyncReport> {
  const report: SyncReport = { pulled: 0, pushed: 0, rejected: [] };
  const id = await replicationId(db, server);
  const agreed = await agreedSince(db, server, id);
  // A database that has not seen this book yet (a new team, or one that lost our checkpoint) is offered the
  // whole book; afterwards every write stamps its own revision.
  if (agreed.since === '0') await seedOutbox(db);
  let since = agreed.since;
  let checkpointRev = agreed.remote?._rev;
  const progress: SyncProgress = { done: 0, total: await changesAfter(server, since) };
  const base = options.batch ?? PULL_BATCH;
  let size = base;
  // The next batch is fetched while this one is applied; a round cut short leaves it unread.
  const fetchAfter = (after: string) => {
    const fetching = fetchBatch(db, server, key, after, size);
    fetching.catch(() => undefined);
    return fetching;
  };
  let next: Promise<FetchedBatch> | undefined = fetchAfter(since);
  let savedAt = performance.now();
  while (next) {
    let batch: FetchedBatch = await next;
    // A stretch of changes this book already has (its own push, read back): longer pages, fewer checkpoints.
    const nothingNew = batch.fetched.size === 0;
    size = nothingNew ? Math.min(KNOWN_WALK_MAX, size * 4) : base;
    next = batch.done ? undefined : fetchAfter(batch.lastSeq);
    for (let attempt = 0; ; attempt++) {
      try {
        report.pulled += await applyBatch(db, server, key, batch, options);
        break;
      } catch (error) {
        if (!(error instanceof LocalWriteRaced) || attempt >= 3) throw error;
        // Fetched again, the batch may end elsewhere: the one fetched ahead would no longer follow it.
        batch = await fetchBatch(db, server, key, since, size);
        next = batch.done ? undefined : fetchAfter(batch.lastSeq);
      }
    }
    report.rejected.push(...batch.rejected);
    since = batch.lastSeq;
    if (!nothingNew || batch.done || performance.now() - savedAt >= KNOWN_CHECKPOINT_MS) {
      checkpointRev = await saveCheckpoint(db, server, id, since, checkpointRev);
      savedAt = performance.now();
    }
    progress.done += batch.seen;
    progress.total = batch.done
      ? progress.done
      : batch.pending !== undefined
        ? progress.done + batch.pending
        : Math.max(progress.total, progress.done + 1);
    await options.onProgress?.({ ...progress });
  }
  // A large import's new contacts get their first revisions here, not while the user waits for the import.
  await stampOwed(db);
  report.pushed = await pushAll(db, server, key);
  return report;
}

/**
 * About how many changes the feed holds after `since`, for the progress shown before the first batch
 * (the feed's own `pending` takes over where the server gives it): from the database's counts and its
 * update sequence, whose leading number grows with every change on CouchDB and pouchdb-server alike.
 */
async function changesAfter(server: TeamServer, since: string): Promise<number> {
  const info = (await couch(server, '')) as { doc_count?: number; doc_del_count?: number; update_seq?: unknown };
  const docs = (info.doc_count ?? 0) + (info.doc_del_count ?? 0);
  if (since === '0') return docs;
  const ahead = Number.parseInt(String(info.update_seq), 10) - Number.parseInt(since, 10);
  return Number.isFinite(ahead) ? Math.max(0, Math.min(docs, ahead)) : 0;
}

/** Our `_local` checkpoint document on the server: where it says the pull has got, and its revision. */
interface RemoteCheckpoint {
  since?: string;
  _rev?: string;
}

async function agreedSince(
  db: CrmDb,
  server: TeamServer,
  id: string,
): Promise<{ since: string; remote: RemoteCheckpoint | null }> {
  const local = await readCheckpoint(db, id);
  const remote = (await couch(server, `/_local/${id}`, { allow404: true })) as RemoteCheckpoint | null;
  return { since: local && remote?.since === local.pulledSince ? local.pulledSince : '0', remote };
}

/**
 * Saves the checkpoint on the server, then here. With the revision of the server's copy known (from
 * the last save), one request; should someone else have changed it meanwhile, it is read again first.
 * Resolves to the server copy's new revision.
 */
async function saveCheckpoint(
  db: CrmDb,
  server: TeamServer,
  id: string,
  since: string,
  knownRev: string | undefined,
): Promise<string | undefined> {
  const put = (rev: string | undefined) =>
    couch(server, `/_local/${id}`, {
      method: 'PUT',
      body: { _id: `_local/${id}`, ...(rev ? { _rev: rev } : {}), since },
    }) as Promise<{ rev?: string }>;
  let saved: { rev?: string };
  try {
    saved = await put(knownRev);
  } catch (error) {
    if (!(error instanceof SyncError && error.reason === 'server-error')) throw error;
    const remote = (await couch(server, `/_local/${id}`, { allow404: true })) as RemoteCheckpoint | null;
    saved = await put(remote?._rev);
  }
  await writeCheckpoint(db, { id, pulledSince: since, at: Date.now() });
  return saved.rev;
}
