/**
 * Pull: the team database's changes since the checkpoint (`_changes?style=all_docs`, a batch at a
 * time), the revisions we lack (a `_revs_diff`-style check against our revisions store), those fetched
 * with one `_bulk_get?revs=true` per batch, decrypted, merged where they conflict, and applied through
 * the stores' doors in short transactions (as many documents as fit in a few milliseconds), with a
 * pause between them so the sidebar's lookups interleave. Fetching and applying are apart, so a round
 * fetches the next batch while it applies this one. Each document is
 * written with its revision in one transaction: a batch cut short (browser closed, worker stopped)
 * leaves whole documents, which the next round recognises by their revision and skips.
 */
import { askForDatabase } from '../db/asks';
import { atomically } from '../db/atomic';
import { ChunkSizer } from '../db/chunk-sizer';
import { DOORS, removeRecord, type WorkspaceTx } from '../db/doors';
import type { CrmDb } from '../db/open';
import { observeLatestHlc } from '../db/revisions/hlc';
import {
  applyingReplicated,
  HISTORY_LIMIT,
  isPrivate,
  nextOutboxPlace,
  type Revision,
  recordReplicated,
  revNumber,
} from '../db/revisions/put';
import type { RecordOf } from '../db/schema';
import { yieldToQueuedTasks } from '../db/time-slice';
import { ALL_STORES, type StoreName } from '../schema/stores';
import { couch, type TeamServer } from './couch';
import { type Opened, openDoc, type SyncDoc, sealDoc } from './envelope';
import { closesBranch, mergeVersions, type Version, winnerFirst } from './merge';
import { mergeRevHash } from './rev-hash';
import type { TeamKey } from './team-key';

/** Changes per `_changes` page and `_bulk_get`: few round trips, yet short pauses for the worker between them. */
export const PULL_BATCH = 250;
/** How long one apply transaction may hold the stores: a lookup waits for one at most. */
const APPLY_TARGET_MS = 8;
/**
 * Documents per apply transaction, sized to APPLY_TARGET_MS (25 to start with; in a big book a document
 * takes longer to apply) and kept from one batch to the next.
 */
const applySlices = new ChunkSizer(APPLY_TARGET_MS, 25, 8, 50);
/** Documents decrypted at once: checking and decoding each is synchronous work the worker's lookups wait behind. */
const OPEN_SLICE = 16;

/** Test seams: where a round can be cut short, as a closed browser or a stopped worker would. */
export interface PullHooks {
  /** After the batch was fetched and decrypted, before anything of it is written. */
  beforeApply?: () => void | Promise<void>;
}

interface Change {
  id: string;
  seq: string | number;
  changes: { rev: string }[];
  deleted?: boolean;
}

const isStoreName = (name: string): name is StoreName => (ALL_STORES as string[]).includes(name);

function knows(local: Revision | undefined, rev: string): boolean {
  if (!local) return false;
  const offset = revNumber(local.rev) - revNumber(rev);
  return offset >= 0 && local.history[offset] === rev.slice(rev.indexOf('-') + 1);
}

/** One batch of changes fetched and decrypted, nothing of it written yet. */
export interface FetchedBatch {
  since: string;
  lastSeq: string;
  changes: Change[];
  locals: Map<string, Revision>;
  fetched: Map<string, Version[]>;
  /** Documents that did not open (foreign, tampered or another team's): never applied. */
  rejected: string[];
  seen: number;
  pending?: number;
  done: boolean;
}

/** Reads one batch of the feed after `since` and fetches the revisions we lack. `done` when the feed had fewer than a batch left. */
export async function fetchBatch(
  db: CrmDb,
  server: TeamServer,
  key: TeamKey,
  since: string,
  limit = PULL_BATCH,
): Promise<FetchedBatch> {
  const feed = (await couch(server, `/_changes?style=all_docs&since=${encodeURIComponent(since)}&limit=${limit}`)) as {
    results: Change[];
    last_seq: string | number;
    pending?: number;
  };
  const changes = feed.results.filter((c) => isStoreName(c.id.slice(0, c.id.indexOf('/'))));
  const locals = await readRevisions(
    db,
    changes.map((c) => c.id),
  );
  const wanted = changes.flatMap((c) =>
    c.changes.filter(({ rev }) => !knows(locals.get(c.id), rev)).map(({ rev }) => ({ id: c.id, rev })),
  );
  const rejected: string[] = [];
  const fetched = new Map<string, Version[]>();
  if (wanted.length) {
    const got = (await couch(server, '/_bulk_get?revs=true', { body: { docs: wanted } })) as {
      results: { id: string; docs: ({ ok: unknown } | { error: unknown })[] }[];
    };
    // Decrypted a slice at once: one after another, each await is a round trip to the crypto thread.
    const entries = got.results.flatMap((result) =>
      result.docs.flatMap((entry) => ('ok' in entry ? [{ id: result.id, doc: entry.ok }] : [])),
    );
    const opened: (Opened | null)[] = [];
    for (let i = 0; i < entries.length; i += OPEN_SLICE) {
      if (i > 0) await yieldToQueuedTasks();
      opened.push(...(await Promise.all(entries.slice(i, i + OPEN_SLICE).map(({ doc }) => openDoc(key, doc)))));
    }
    entries.forEach(({ id }, i) => {
      const version = opened[i];
      if (!version || version.revision.key !== id) {
        rejected.push(id);
        return;
      }
      observeLatestHlc(Object.values(version.revision.fields).map(([stamp]) => stamp));
      fetched.set(id, [...(fetched.get(id) ?? []), version]);
    });
  }
  return {
    since,
    lastSeq: String(feed.last_seq),
    changes,
    locals,
    fetched,
    rejected,
    seen: feed.results.length,
    ...(typeof feed.pending === 'number' ? { pending: feed.pending } : {}),
    done: feed.results.length < limit,
  };
}

/**
 * Applies a fetched batch: conflicts merged (their losing leaves deleted on the server), then every
 * document written in short transactions. Resolves to how many were applied; throws LocalWriteRaced
 * when a local write changed one of its records since the batch was fetched (fetch it again).
 */
export async function applyBatch(
  db: CrmDb,
  server: TeamServer,
  key: TeamKey,
  batch: FetchedBatch,
  hooks: PullHooks = {},
): Promise<number> {
  const plans = await planAll(db, key, batch.changes, batch.locals, batch.fetched);
  const tombstones = plans.flatMap((p) => p.tombstones);
  if (tombstones.length) await couch(server, '/_bulk_docs', { body: { docs: tombstones, new_edits: false } });
  await hooks.beforeApply?.();
  let applied = 0;
  for (let i = 0; i < plans.length; ) {
    if (i > 0) await yieldToQueuedTasks();
    const started = performance.now();
    const part = plans.slice(i, i + applySlices.next());
    applied += await applyPlans(db, part, batch.locals);
    i += part.length;
    applySlices.took(part.length, performance.now() - started);
  }
  return applied;
}

async function readRevisions(db: CrmDb, keys: string[]): Promise<Map<string, Revision>> {
  const tx = db.transaction('revisions');
  const found = new Map<string, Revision>();
  await Promise.all(
    keys.map(async (k) => {
      const revision = await tx.store.get(k);
      if (revision) found.set(k, revision);
    }),
  );
  return found;
}

interface Plan {
  key: string;
  revision: Revision;
  record: Record<string, unknown> | null;
  tombstones: SyncDoc[];
}

async function planAll(
  db: CrmDb,
  key: TeamKey,
  changes: Change[],
  locals: Map<string, Revision>,
  fetched: Map<string, Version[]>,
): Promise<Plan[]> {
  const plans: Plan[] = [];
  for (const change of changes) {
    const incoming = fetched.get(change.id)?.filter((version) => !closesBranch(version));
    if (!incoming?.length) continue;
    const local = locals.get(change.id);
    const fastForward =
      incoming.length === 1 &&
      incoming[0] &&
      (!local || (!local.pending && knows({ ...incoming[0].revision }, local.rev)));
    if (fastForward && incoming[0]) {
      plans.push({ key: change.id, ...incoming[0], tombstones: [] });
      continue;
    }
    const localRecord = local
      ? ((await db.get(local.store, local.id)) as Record<string, unknown> | undefined)
      : undefined;
    const versions = [...incoming, ...(local ? [{ revision: local, record: localRecord ?? null }] : [])];
    plans.push(await mergePlan(key, change, versions, local));
  }
  return plans;
}

/** Conflict: one merged revision as the child of CouchDB's winner, the other live leaves deleted. */
async function mergePlan(
  key: TeamKey,
  change: Change,
  versions: Version[],
  local: Revision | undefined,
): Promise<Plan> {
  const leaves = change.changes.map((c) => c.rev).sort(winnerFirst);
  const byRev = new Map(versions.map((v) => [v.revision.rev, v]));
  const winnerRev = leaves.find((rev) => byRev.get(rev) && !byRev.get(rev)?.revision.deleted) ?? leaves[0] ?? '';
  const winner = byRev.get(winnerRev) ?? versions[0];
  const merged = mergeVersions(versions);
  const base = winner?.revision ?? local;
  if (!base) throw new Error('a merge needs a version');
  const hash = await mergeRevHash(key, base.rev, merged);
  const revision: Revision = {
    key: base.key,
    store: base.store,
    id: base.id,
    rev: `${revNumber(base.rev) + 1}-${hash}`,
    history: [hash, ...base.history].slice(0, HISTORY_LIMIT),
    fields: merged.fields,
    pending: nextOutboxPlace(),
  };
  if (!merged.record) revision.deleted = true;
  const tombstones: SyncDoc[] = [];
  for (const leaf of leaves) {
    const loser = byRev.get(leaf);
    if (leaf === base.rev || !loser || loser.revision.deleted) continue;
    const dead = await mergeRevHash(key, leaf, null);
    const deadRevision: Revision = {
      ...loser.revision,
      rev: `${revNumber(leaf) + 1}-${dead}`,
      history: [dead, ...loser.revision.history].slice(0, HISTORY_LIMIT),
      deleted: true,
    };
    tombstones.push(await sealDoc(key, deadRevision, null));
  }
  return { key: base.key, revision, record: merged.record, tombstones };
}

/**
 * Writes a slice of the batch in one short transaction, every read and then every write issued at once;
 * throws LocalWriteRaced (the caller fetches the batch again) if a local write raced it.
 */
async function applyPlans(db: CrmDb, plans: Plan[], seen: Map<string, Revision>): Promise<number> {
  if (!plans.length) return 0;
  // An import committing meanwhile ends its transaction at its next batch.
  askForDatabase();
  const tx = db.transaction([...ALL_STORES, 'contactTouches', 'revisions'], 'readwrite');
  applyingReplicated(tx);
  return atomically(tx, async () => {
    const revisions = tx.objectStore('revisions');
    for (const { revision, record } of plans) if (record) readAhead(tx, revision.store, record);
    const [now, current] = await Promise.all([
      Promise.all(plans.map((plan) => revisions.get(plan.key))),
      Promise.all(
        plans.map(
          (plan) =>
            tx.objectStore(plan.revision.store).get(plan.revision.id) as Promise<Record<string, unknown> | undefined>,
        ),
      ),
    ]);
    if (plans.some((plan, i) => now[i]?.rev !== seen.get(plan.key)?.rev)) throw new LocalWriteRaced();
    await Promise.all(plans.map((plan, i) => applyOne(tx, plan, current[i])));
    return plans.length;
  });
}

export class LocalWriteRaced extends Error {}

function readAhead<S extends StoreName>(tx: WorkspaceTx, store: S, record: Record<string, unknown>): void {
  const door: { readAhead?: (tx: WorkspaceTx, record: never) => void } = DOORS[store];
  door.readAhead?.(tx, record as never);
}

async function applyOne(tx: WorkspaceTx, plan: Plan, current: Record<string, unknown> | undefined): Promise<void> {
  const { store, id } = plan.revision;
  // Made private here: the team's copy was withdrawn (our tombstone is on its way), so nothing the team
  // does to it applies; the local record and its revision stay as they are.
  if (isPrivate(current ?? null)) return;
  if (plan.record) {
    // Insights are each rep's own reading of the book: keep ours until the next refresh.
    const record = { ...plan.record, ...(current?.insights ? { insights: current.insights } : {}) };
    await Promise.all([
      DOORS[store].write(tx, record as RecordOf<typeof store> as never, null, (current ?? null) as never),
      recordReplicated(tx, plan.revision),
    ]);
  } else await Promise.all([removeRecord(tx, store, id), recordReplicated(tx, plan.revision)]);
}
