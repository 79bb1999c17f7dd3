// The three hot RPCs at scale, each next to the bare IndexedDB operation it rests on, timed in the
// same extension page against the same database.
import { timeChunks } from '../lib/extension.mjs';
import { median, metric, p95 } from '../lib/stats.mjs';

const round = (n) => Number(n.toFixed(2));
const spread = (times, raw) => ({
  samples: times.length,
  median_ms: round(median(times)),
  baseline_median_ms: round(median(raw)),
});

const ACCOUNT = 'ann@example.com';
const fold = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** n distinct-ish contact indices spread over the book, the same every run. */
export function sampleIndices(n, contacts, salt = 1) {
  let x = 2463534242 ^ salt;
  return Array.from({ length: n }, () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % contacts;
  });
}

const inPage = (page, fn, ...args) => page.evaluate(([f, a]) => globalThis.RapportBench[f](...a), [fn, args]);

/**
 * Lookups the way the sidebar asks them: over its port (`sidebar`, a frame from transport.mjs openSidebarFrame),
 * beside the same lookups sent as runtime messages, the bare round trips of both routes and the bare index get,
 * interleaved in blocks so that all see the same load. Without a sidebar frame, by message only (said in a note).
 * `transports`: the bare echoes of the same run (transport.mjs), reported beside.
 */
export async function measureLookup(page, scale, transports = {}, sidebar = null) {
  const people = await inPage(page, 'people', sampleIndices(220, scale.contacts, 1), scale);
  const emails = people.map((p) => p.email);
  const byEmail = emails.map((e) => ({ account: null, people: [{ email: e }] }));
  const viaPort = (inputs, verb = 'contacts.lookup') =>
    sidebar ? inPage(sidebar, 'portRpcTimes', verb, inputs) : Promise.resolve([]);
  const portTrips = (n) => (sidebar ? inPage(sidebar, 'portRoundTrips', n) : Promise.resolve([]));
  await inPage(page, 'rawGet', emails.slice(0, 20));
  await inPage(page, 'rpcTimes', 'contacts.lookup', byEmail.slice(0, 20));
  await viaPort(byEmail.slice(0, 20));
  await inPage(page, 'messageRoundTrips', 20);
  await portTrips(20);
  const raw = [];
  const trips = [];
  const message = [];
  const port = [];
  const portBare = [];
  const block = 50;
  for (let from = 20; from < byEmail.length; from += block) {
    raw.push(...(await inPage(page, 'rawGet', emails.slice(from, from + block))));
    trips.push(...(await inPage(page, 'messageRoundTrips', block)));
    portBare.push(...(await portTrips(block)));
    message.push(...(await inPage(page, 'rpcTimes', 'contacts.lookup', byEmail.slice(from, from + block))));
    port.push(...(await viaPort(byEmail.slice(from, from + block))));
  }
  // What the sidebar asks since it shows identity hints too: one person per call here, for comparison. A person
  // not saved yet (a new address at a customer's domain, a saved person's name) is also looked for by name.
  const ask = (inputs, verb = 'contacts.lookup') =>
    sidebar ? viaPort(inputs, verb) : inPage(page, 'rpcTimes', verb, inputs);
  const named = await ask(
    people.slice(20).map((p) => ({ account: ACCOUNT, people: [{ name: p.name, email: p.email }] })),
  );
  const unknown = await ask(
    people.slice(20).map((p) => ({ account: ACCOUNT, people: [{ name: p.name, email: `new.${p.email}` }] })),
  );
  // Asked next by the sidebar, for the people it found no card for: a saved contact who is probably them.
  const sameAs = await ask(
    people.slice(20).map((p) => ({ people: [{ name: p.name, email: `new.${p.email}` }] })),
    'contacts.sameAs',
  );
  // A thread's people in one call, as the sidebar asks: two saved, two not (one more address at each one's domain).
  const thread = await ask(
    Array.from({ length: 50 }, (_, k) => {
      const [a, b, c, d] = [0, 1, 2, 3].map((j) => people[20 + ((4 * k + j) % 200)]);
      return {
        account: ACCOUNT,
        people: [
          { name: a.name, email: a.email },
          { name: b.name, email: `new.${b.email}` },
          { name: c.name, email: c.email },
          { name: d.name, email: `new.${d.email}` },
        ],
      };
    }),
  );
  const rpc = sidebar ? port : message;
  return {
    // The floor is the bare message round trip of this browser: no lookup through messaging beats it.
    lookup_by_email_p95_ms: metric({
      value: p95(rpc),
      unit: 'ms',
      budget: 2,
      baseline: p95(trips),
      floorFactor: 1.5,
      ...(sidebar ? {} : { note: 'by message: no sidebar frame could be opened' }),
      extra: {
        ...spread(rpc, raw),
        route: sidebar ? 'sidebar port' : 'message',
        raw_index_get_p95_ms: round(p95(raw)),
        message_round_trip_median_ms: round(median(trips)),
        by_message_median_ms: round(median(message)),
        by_message_p95_ms: round(p95(message)),
        ...(sidebar
          ? { port_round_trip_median_ms: round(median(portBare)), port_round_trip_p95_ms: round(p95(portBare)) }
          : {}),
        ...transports,
        people_lookup_median_ms: round(median(named)),
        people_lookup_p95_ms: round(p95(named)),
        unknown_person_lookup_median_ms: round(median(unknown)),
        unknown_person_lookup_p95_ms: round(p95(unknown)),
        same_as_search_median_ms: round(median(sameAs)),
        same_as_search_p95_ms: round(p95(sameAs)),
        page_of_four_lookup_median_ms: round(median(thread)),
        page_of_four_lookup_p95_ms: round(p95(thread)),
      },
    }),
  };
}

export async function measureSearch(page, scale) {
  const people = await inPage(page, 'people', sampleIndices(40, scale.contacts, 2), scale);
  const queries = people.flatMap((p) => {
    const first = p.name.split(' ')[0];
    return [1, 2, 3, 4, 5, 6].filter((n) => n <= first.length).map((n) => first.slice(0, n));
  });
  const inputs = queries.map((query) => ({ query, limit: 8 }));
  await inPage(page, 'rpcTimes', 'contacts.search', inputs.slice(0, 12));
  await inPage(page, 'rawCursor', queries.slice(0, 12).map(fold), 8);
  const rpc = await inPage(page, 'rpcTimes', 'contacts.search', inputs);
  const raw = await inPage(page, 'rawCursor', queries.map(fold), 8);
  return {
    search_as_you_type_p95_ms: metric({
      value: p95(rpc),
      unit: 'ms',
      budget: 30,
      baseline: p95(raw),
      extra: spread(rpc, raw),
    }),
  };
}

/** Logging a one-message email with a known contact, committed; capped in time as it may be slow. */
export async function measureLog(page, scale, log) {
  const people = await inPage(page, 'people', sampleIndices(42, scale.contacts, 3), scale);
  const inputs = people.map((p, k) => ({
    site: 'gmail',
    account: ACCOUNT,
    threadId: `bench-log-${k}`,
    subject: 'Benchmark: one message',
    url: `https://mail.google.com/mail/u/0/#inbox/benchlog${k}`,
    people: [
      { name: p.name, email: p.email, role: 'from' },
      { name: 'Ann Lee', email: ACCOUNT, role: 'to' },
    ],
    messages: [{ id: `bench-log-${k}`, fromEmail: p.email, toEmails: [ACCOUNT], at: scale.now - k * 60_000 }],
  }));
  const warm = await inPage(page, 'rpcTimes', 'interactions.logThread', inputs.slice(0, 2));
  log(`  first thread.log calls: ${warm.map((t) => t.toFixed(0)).join(', ')} ms`);
  const rpc = await timeChunks(inputs.slice(2), 5, 30_000, (chunk) =>
    inPage(page, 'rpcTimes', 'interactions.logThread', chunk),
  );
  const raw = await inPage(page, 'rawPut', 40, scale);
  return {
    log_interaction_p95_ms: metric({
      value: p95(rpc),
      unit: 'ms',
      budget: 15,
      baseline: p95(raw),
      extra: spread(rpc, raw),
    }),
  };
}
