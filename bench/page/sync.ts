// Runs in an extension page (bundled to globalThis.RapportSync): joins a team through the product's
// own verbs, runs sync rounds and times them, sampling the progress Settings shows and answering
// `contacts.lookup` every 20 ms meanwhile, as the sidebar would while a first sync pulls the book.
import { rpc } from '../../lib/protocol/client';
import { contactAt, personAt, type Scale } from './data';
import { seedRange } from './probes';

// lib/protocol/client calls the promise-based `browser` namespace WXT provides; Chrome calls it `chrome`.
const page = globalThis as { browser?: unknown; chrome?: unknown };
page.browser ??= page.chrome;

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

interface Connection {
  url: string;
  database: string;
  username: string;
  password: string;
  passphrase: string;
}

/** Tests the connection (the first rep starts the team there) and saves it, sync on. */
export async function join(connection: Connection): Promise<void> {
  const form = { enabled: true, ...connection };
  const test = await rpc('team.test', form);
  if (!test.ok) throw new Error(`team.test: ${JSON.stringify(test)}`);
  await rpc('team.set', form);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Progress {
  at: number;
  done: number;
  total: number;
}

/**
 * One sync round (`team.syncNow`), timed. With `lookupIndices`, a `contacts.lookup` of one of those
 * contacts' addresses every 20 ms until the round ends (each started before it ended), and the
 * progress stored in the sync status sampled every 250 ms.
 */
export async function timedRound(scale: Scale, lookupIndices: number[] = []) {
  const emails = lookupIndices.map((i) => personAt(i, scale).email);
  const t0 = performance.now();
  let running = true;
  const round = rpc('team.syncNow', {}).finally(() => {
    running = false;
  });
  const lookupTimes: number[] = [];
  const lookups = (async () => {
    for (let i = 0; running && emails.length; i++) {
      const t = performance.now();
      await rpc('contacts.lookup', { account: null, people: [{ email: emails[i % emails.length] ?? '' }] });
      lookupTimes.push(performance.now() - t);
      await pause(20);
    }
  })();
  // The bare message round trip meanwhile: when it is slow too, the worker's thread is what lookups
  // wait for (parsing, decrypting, garbage collection), else it is the database.
  const tripTimes: number[] = [];
  const trips = (async () => {
    while (running && emails.length) {
      tripTimes.push(...(await roundTrips(1)));
      await pause(20);
    }
  })();
  const progress: Progress[] = [];
  const sampling = (async () => {
    while (running) {
      const { teamSyncStatus } = await chrome.storage.local.get('teamSyncStatus');
      const seen = (teamSyncStatus as { progress?: { done: number; total: number } } | undefined)?.progress;
      if (seen && seen.done !== progress.at(-1)?.done) progress.push({ at: performance.now() - t0, ...seen });
      await pause(250);
    }
  })();
  const status = await round;
  const ms = performance.now() - t0;
  await Promise.all([lookups, trips, sampling]);
  return { ms, status, lookupTimes, tripTimes, progress };
}

/** `count` changes to contacts [0, count): one `contacts.update` each, as a rep editing cards would. */
export async function editContacts(count: number, scale: Scale, round: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await rpc('contacts.update', { id: contactAt(i, scale).id, patch: { ownerNotes: `Round ${round}, change ${i}` } });
  }
}

/**
 * How long until this rep has the last of `count` edits of `round` (from `editContacts` in the other
 * rep's browser): the live sync delivers them by itself while a page is open, no round asked for.
 */
export async function waitForEdits(count: number, scale: Scale, round: number, timeoutMs: number): Promise<number> {
  const last = contactAt(count - 1, scale).id;
  const want = `Round ${round}, change ${count - 1}`;
  const t0 = performance.now();
  while (performance.now() - t0 < timeoutMs) {
    const detail = await rpc('contacts.detail', { id: last });
    if (detail?.contact.ownerNotes === want) return performance.now() - t0;
    await pause(20);
  }
  throw new Error(`round ${round}: the edits did not arrive within ${timeoutMs} ms`);
}

/**
 * The bare message round trip of this browser: a request the background's router answers at once (an
 * unknown verb), the floor under every RPC, as bench/page/probes.ts measures it.
 */
export async function roundTrips(n: number): Promise<number[]> {
  const send = (page.chrome as { runtime: { sendMessage(m: unknown): Promise<{ ok?: boolean } | undefined> } }).runtime;
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const answer = await send.sendMessage({ rpc: 'bench.roundTrip', input: null });
    if (answer?.ok !== false) throw new Error(`bench.roundTrip: ${JSON.stringify(answer)}`);
    times.push(performance.now() - t0);
  }
  return times;
}

/**
 * A small book for the second scale the incremental sync is measured at: contacts [0, count) of the
 * run's data, written straight into this fresh profile's database (as the benchmark seeds the big one).
 */
export async function seedContacts(count: number, scale: Scale): Promise<void> {
  // Opened by the background first, so the database exists at its version with every store.
  await rpc('workspace.stats', {});
  await seedRange('contacts', 0, count, count, scale);
}

/** Revisions stamped so far (the first push stamps every record of the book before sending it). */
export function revisionCount(): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('rapport');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('revisions').objectStore('revisions').count();
      request.onsuccess = () => {
        open.result.close();
        resolve(request.result);
      };
      request.onerror = () => reject(request.error);
    };
  });
}
