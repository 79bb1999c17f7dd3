// Runs inside one of Rapport's own pages (chrome-extension://<id>/popup.html), bundled by
// bench/lib/bundle.mjs into an IIFE that leaves these exports on globalThis.RapportBench. Harness code: it writes the
// database directly to seed it fast, and times the bare IndexedDB operations the product rests on.
import { contactAt, dealAt, interactionAt, organisationAt, personAt, type Scale, touchAggregatesOf } from './data';

interface BenchPort {
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  disconnect(): void;
}

declare const chrome: {
  runtime: {
    sendMessage(message: unknown): Promise<{ ok: boolean; error?: unknown } | undefined>;
    connect(info: { name: string }): BenchPort;
  };
  alarms: { getAll(): Promise<{ name: string }[]>; clearAll(): Promise<boolean> };
};

type Store = 'contacts' | 'interactions' | 'organisations' | 'deals';

let connection: Promise<IDBDatabase> | undefined;
function database(): Promise<IDBDatabase> {
  connection ??= new Promise((resolve, reject) => {
    // No version: the background created and upgraded it; we only ever use what is there.
    const request = indexedDB.open('rapport');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return connection;
}

const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('aborted'));
  });

const result = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

const makers: Record<Store, (i: number, scale: Scale) => unknown> = {
  contacts: contactAt,
  interactions: interactionAt,
  organisations: organisationAt,
  deals: dealAt,
};

/**
 * Writes records [start, end) of one store in transactions of `chunk` records, generating the next
 * chunk while the previous one commits (the commit runs in the browser process, on the other core).
 */
async function seedRange(store: Store, start: number, end: number, chunk: number, scale: Scale): Promise<number> {
  const t0 = performance.now();
  const db = await database();
  const make = makers[store];
  const committing: Promise<void>[] = [];
  for (let from = start; from < end; from += chunk) {
    const tx = db.transaction(store, 'readwrite', { durability: 'relaxed' });
    const os = tx.objectStore(store);
    for (let i = from; i < Math.min(end, from + chunk); i++) os.put(make(i, scale));
    committing.push(done(tx));
    if (committing.length > 1) await committing.shift();
  }
  await Promise.all(committing);
  return performance.now() - t0;
}

/** Each contact's touch aggregates over the seeded interactions, written in transactions of `chunk`. */
async function seedTouches(total: number, chunk: number, scale: Scale): Promise<number> {
  const t0 = performance.now();
  const db = await database();
  const aggregates = touchAggregatesOf(total, scale);
  for (let from = 0; from < aggregates.length; from += chunk) {
    const tx = db.transaction('contactTouches', 'readwrite', { durability: 'relaxed' });
    const os = tx.objectStore('contactTouches');
    for (const touches of aggregates.slice(from, from + chunk)) os.put(touches);
    await done(tx);
  }
  return performance.now() - t0;
}

/** The stores whose last seeded record is not in the database (none, after a good seeding). */
async function missingLast(counts: Record<Store, number>, scale: Scale): Promise<Store[]> {
  const db = await database();
  const stores = Object.keys(counts) as Store[];
  const tx = db.transaction(stores);
  const found = await Promise.all(
    stores.map((store) => {
      const last = makers[store](counts[store] - 1, scale) as { id: string };
      return result(tx.objectStore(store).getKey(last.id));
    }),
  );
  return stores.filter((_, i) => found[i] === undefined);
}

/** Alarms start background jobs (the daily full recompute fires a minute after install): not what is measured here. */
async function clearAlarms(): Promise<string[]> {
  const alarms = await chrome.alarms.getAll();
  await chrome.alarms.clearAll();
  return alarms.map((a) => a.name);
}

function people(indices: number[], scale: Scale) {
  return indices.map((i) => ({ index: i, ...personAt(i, scale) }));
}

async function timeEach<T>(inputs: readonly T[], run: (input: T) => Promise<void>): Promise<number[]> {
  const times: number[] = [];
  for (const input of inputs) {
    const t0 = performance.now();
    await run(input);
    times.push(performance.now() - t0);
  }
  return times;
}

/** Bare index get: what contact.lookup rests on. */
async function rawGet(emails: string[]): Promise<number[]> {
  const db = await database();
  return timeEach(emails, async (email) => {
    const found = await result(db.transaction('contacts').objectStore('contacts').index('emails').get(email));
    if (!found) throw new Error(`raw get: ${email} not found`);
  });
}

/** Bare committed put of one interaction: what logging rests on. Removes what it wrote afterwards. */
async function rawPut(count: number, scale: Scale): Promise<number[]> {
  const db = await database();
  const ids: string[] = [];
  const times = await timeEach([...Array(count).keys()], async (k) => {
    const record = { ...interactionAt(k, scale), id: `bench-raw-${k}`, sourceKey: `gmail:bench-raw-${k}` };
    ids.push(record.id);
    const tx = db.transaction('interactions', 'readwrite');
    tx.objectStore('interactions').put(record);
    await done(tx);
  });
  const cleanup = db.transaction('interactions', 'readwrite');
  for (const id of ids) cleanup.objectStore('interactions').delete(id);
  await done(cleanup);
  return times;
}

/** Bare prefix walk of the search index collecting `limit` records: what contact.search rests on. */
async function rawCursor(prefixes: string[], limit: number): Promise<number[]> {
  const db = await database();
  return timeEach(prefixes, async (prefix) => {
    const index = db.transaction('contacts').objectStore('contacts').index('search');
    const request = index.openCursor(IDBKeyRange.bound(prefix, `${prefix}\uffff`));
    let taken = 0;
    await new Promise<void>((resolve, reject) => {
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const cursor = request.result;
        if (!cursor || ++taken >= limit) return resolve();
        cursor.continue();
      };
    });
  });
}

/** One RPC per input, as the product's pages send them; fails loudly on an error answer. */
async function rpcTimes(verb: string, inputs: unknown[]): Promise<number[]> {
  return timeEach(inputs, async (input) => {
    const answer = await chrome.runtime.sendMessage({ rpc: verb, input });
    if (!answer?.ok) throw new Error(`${verb}: ${JSON.stringify(answer)}`);
  });
}

/**
 * The bare message round trip of this browser: a request the background's router answers at once (an
 * unknown verb: no schema, no handler, no database), the floor under every RPC.
 */
async function messageRoundTrips(n: number): Promise<number[]> {
  return timeEach(
    Array.from({ length: n }, (_, i) => i),
    async () => {
      const answer = await chrome.runtime.sendMessage({ rpc: 'bench.roundTrip', input: null });
      if (answer?.ok !== false) throw new Error(`bench.roundTrip: ${JSON.stringify(answer)}`);
    },
  );
}

/**
 * Two ways to the background and back, both answered at once by an echo the run installs in the worker
 * (bench/metrics/transport.mjs): a new runtime message each time, and one long-lived port.
 */
async function echoMessageRoundTrips(n: number): Promise<number[]> {
  return timeEach(
    Array.from({ length: n }, (_, i) => i),
    async (i) => {
      const answer = (await chrome.runtime.sendMessage({ benchEcho: i })) as unknown as { benchEcho?: number };
      if (answer?.benchEcho !== i) throw new Error(`bench echo: ${JSON.stringify(answer)}`);
    },
  );
}

async function echoPortRoundTrips(n: number): Promise<number[]> {
  const port = chrome.runtime.connect({ name: 'bench-echo' });
  let waiting: ((message: unknown) => void) | undefined;
  port.onMessage.addListener((message) => waiting?.(message));
  try {
    return await timeEach(
      Array.from({ length: n }, (_, i) => i),
      async (i) => {
        const answer = (await new Promise<unknown>((resolve) => {
          waiting = resolve;
          port.postMessage({ benchEcho: i });
        })) as { benchEcho?: number } | undefined;
        if (answer?.benchEcho !== i) throw new Error(`bench port echo: ${JSON.stringify(answer)}`);
      },
    );
  } finally {
    port.disconnect();
  }
}

/**
 * The sidebar's own line (lib/protocol/sidebar-port.ts), opened from inside a sidebar frame framed in a site the
 * user turned on (the background refuses it anywhere else): the route the sidebar's portRpc takes.
 */
function sidebarLine(): Promise<(request: { rpc: string; input: unknown }) => Promise<unknown>> {
  const port = chrome.runtime.connect({ name: 'sidebar' });
  const waiting = new Map<number, (response: unknown) => void>();
  let nextId = 1;
  return new Promise((resolve, reject) => {
    port.onMessage.addListener((message) => {
      const event = message as { event?: string; id?: number; response?: unknown };
      if (event.event === 'refused') reject(new Error('The background refused the sidebar port'));
      if (event.event === 'ready')
        resolve(
          (request) =>
            new Promise((settle) => {
              const id = nextId++;
              waiting.set(id, settle);
              port.postMessage({ ask: 'rpc', id, request });
            }),
        );
      if (event.event === 'answer' && typeof event.id === 'number') {
        waiting.get(event.id)?.(event.response);
        waiting.delete(event.id);
      }
    });
  });
}

let line: ReturnType<typeof sidebarLine> | undefined;

/** One RPC per input over the sidebar's port, as the sidebar sends its lookups; fails loudly on an error answer. */
async function portRpcTimes(verb: string, inputs: unknown[]): Promise<number[]> {
  line ??= sidebarLine();
  const ask = await line;
  return timeEach(inputs, async (input) => {
    const answer = (await ask({ rpc: verb, input })) as { ok?: boolean } | undefined;
    if (!answer?.ok) throw new Error(`${verb} over the port: ${JSON.stringify(answer)}`);
  });
}

/** The bare round trip over the sidebar's port: the router answers an unknown verb at once. */
async function portRoundTrips(n: number): Promise<number[]> {
  line ??= sidebarLine();
  const ask = await line;
  return timeEach(
    Array.from({ length: n }, (_, i) => i),
    async () => {
      const answer = (await ask({ rpc: 'bench.roundTrip', input: null })) as { ok?: boolean } | undefined;
      if (answer?.ok !== false) throw new Error(`bench.roundTrip over the port: ${JSON.stringify(answer)}`);
    },
  );
}

async function storageUsage(): Promise<number> {
  return (await navigator.storage.estimate()).usage ?? 0;
}

/** Intervals between animation frames for `ms`, calling `step` before each frame (e.g. to scroll). */
function frameTimes(ms: number, step?: (frame: number) => void): Promise<number[]> {
  return new Promise((resolve) => {
    const times: number[] = [];
    let start = -1;
    let last = 0;
    let frame = 0;
    const tick = (now: number) => {
      if (start < 0) start = now;
      else times.push(now - last);
      last = now;
      if (now - start >= ms) return resolve(times);
      step?.(frame++);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** The tallest element that scrolls vertically: the virtual list's viewport, if the view has one. */
function scroller(): HTMLElement | null {
  let best: HTMLElement | null = null;
  for (const el of document.querySelectorAll<HTMLElement>('*')) {
    const overflow = getComputedStyle(el).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && el.scrollHeight > el.clientHeight + 200) {
      if (!best || el.scrollHeight > best.scrollHeight) best = el;
    }
  }
  return best;
}

/**
 * Scrolls the list by `stepPx` every frame (0: about a screen, a fling) for `ms`, wrapping at the
 * end, and collects the frame intervals.
 */
async function scrollFrames(ms: number, stepPx: number): Promise<{ times: number[]; height: number } | null> {
  const el = scroller();
  if (!el) return null;
  const step = stepPx || Math.max(200, el.clientHeight * 0.9);
  const times = await frameTimes(ms, () => {
    el.scrollTop = el.scrollTop + step >= el.scrollHeight - el.clientHeight ? 0 : el.scrollTop + step;
  });
  return { times, height: el.scrollHeight };
}

const scrollable = (): boolean => scroller() !== null;

export {
  clearAlarms,
  echoMessageRoundTrips,
  echoPortRoundTrips,
  frameTimes,
  messageRoundTrips,
  missingLast,
  people,
  portRoundTrips,
  portRpcTimes,
  rawCursor,
  rawGet,
  rawPut,
  rpcTimes,
  scrollable,
  scrollFrames,
  seedRange,
  seedTouches,
  storageUsage,
};
