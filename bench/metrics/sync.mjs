// Team sync at the run's scale against a local pouchdb-server: the seeded rep pushes the whole book
// (making the team), a second browser with a fresh profile pulls it (its first sync, with lookups
// answered meanwhile), then rounds of 100 changes made by the first rep reach the second. The same
// rounds are measured again between two fresh profiles sharing a small book (SMALL_BOOK contacts, a
// database of its own): an incremental sync should cost the same whatever the book's size.
import { setTimeout as sleep } from 'node:timers/promises';
import { ADMIN, startCouch } from '../../scripts/couch-server.mjs';
import { launch } from '../lib/browser.mjs';
import { openBenchPage } from '../lib/extension.mjs';
import { median, metric, missing, p95 } from '../lib/stats.mjs';

const CHANGES = 100;
const INCREMENTAL_ROUNDS = 3;
const DATABASE = 'team';
const SMALL_DATABASE = 'team-small';
const SMALL_BOOK = 1_000;
/** How long one burst of CHANGES may take before the rounds are given up on (and reported so). */
const BURST_LIMIT_S = 300;

const seconds = (ms) => Number((ms / 1000).toFixed(2));
const perDoc = (ms, docs) => (docs ? ms / docs : null);

/** One timed sync round in `page`, or null when it outlasts `timeoutS` (its progress so far is kept). */
async function round(page, scale, timeoutS, lookupIndices = []) {
  return Promise.race([
    page.evaluate(([s, l]) => globalThis.RapportSync.timedRound(s, l), [scale, lookupIndices]),
    // Unreferenced: a pending timer would keep the process alive long after the results are written.
    sleep(timeoutS * 1000, null, { ref: false }),
  ]);
}

/** A row the run could not measure: no budget to miss, but not a pass either. */
const notMeasured = (unit, note) => ({ ...missing(unit, null, note), pass: false });

const failed = (status) => (status?.state === 'ok' ? null : `the round ended ${JSON.stringify(status)}`);

/**
 * `first`: the seeded browser; `bareBookPutMs`: the bare bulk put of the whole book while seeding (the
 * first pull's floor); `docs`: the book's record count; `roundTripP95`: the bare message round trip
 * (null: measured here). Returns the sync group's metrics.
 */
export async function measureSync({ root, first, buildDir, bundle, scale, docs, bareBookPutMs, timeoutS, log }) {
  const server = await startCouch(root);
  const metrics = {};
  let second;
  try {
    await server.createDatabase(DATABASE);
    const connection = { url: server.url, database: DATABASE, ...ADMIN, passphrase: 'bench team passphrase' };
    const code = await bundle();
    const a = await openBenchPage(first.context, first.extensionId, code);
    await a.evaluate((c) => globalThis.RapportSync.join(c), connection);

    log(`  the first rep pushes the book (${docs.toLocaleString('en')} records)…`);
    // The server's count, every 15 s: how far the push has got (it reports no progress of its own).
    const watching = setInterval(async () => {
      const info = await server.info(DATABASE).catch(() => null);
      const stamped = await a.evaluate(() => globalThis.RapportSync.revisionCount()).catch((e) => String(e));
      if (info) log(`    the server holds ${info.doc_count.toLocaleString('en')} documents; ${stamped} revisions here`);
    }, 15_000);
    const push = await round(a, scale, timeoutS).finally(() => clearInterval(watching));
    if (!push || failed(push.status)) {
      const why = push ? failed(push.status) : `stopped waiting after ${timeoutS} s (--sync-timeout)`;
      return { sync_push_book_s: notMeasured('s', `push did not finish: ${why}`) };
    }
    metrics.sync_push_book_s = metric({
      value: push.ms / 1000,
      unit: 's',
      note: `${push.status.pushed.toLocaleString('en')} records, ${perDoc(push.ms, push.status.pushed).toFixed(2)} ms each`,
      extra: {
        pushed: push.status.pushed,
        ms_per_doc: Number(perDoc(push.ms, push.status.pushed).toFixed(3)),
        server_disk_mb: Number((((await server.info(DATABASE)).disk_size ?? 0) / 2 ** 20).toFixed(1)),
      },
    });

    log('  a second rep (fresh profile) pulls it, lookups every 20 ms meanwhile…');
    second = await launch(buildDir);
    const b = await openBenchPage(second.context, second.extensionId, code);
    await b.evaluate(() => chrome.alarms.clearAll());
    await b.evaluate((c) => globalThis.RapportSync.join(c), connection);
    const trips = await b.evaluate(() => globalThis.RapportSync.roundTrips(200));
    // Key accounts and a few others: the people the sidebar is most often asked about.
    const lookupIndices = [0, 1, 2, 3, 5, 8, 13, 21, 34, 55].filter((i) => i < scale.contacts);
    const pull = await round(b, scale, timeoutS, lookupIndices);
    if (!pull || failed(pull.status)) {
      const why = pull ? failed(pull.status) : `stopped waiting after ${timeoutS} s (--sync-timeout)`;
      return { ...metrics, sync_first_pull_s: notMeasured('s', `first sync did not finish: ${why}`) };
    }
    const pulled = pull.status.pulled;
    metrics.sync_first_pull_s = metric({
      value: pull.ms / 1000,
      unit: 's',
      baseline: ((bareBookPutMs / 1000) * pulled) / docs,
      note: `${pulled.toLocaleString('en')} records; floor: the bare bulk put of as many seeded records`,
      extra: {
        pulled,
        progress_updates: pull.progress.length,
        progress_first: pull.progress[0] ?? null,
        progress_last: pull.progress.at(-1) ?? null,
      },
    });
    metrics.sync_first_pull_ms_per_doc = metric({
      value: perDoc(pull.ms, pulled),
      unit: 'ms',
      baseline: perDoc(bareBookPutMs, docs),
      note: 'floor: the bare bulk put per record',
    });
    metrics.lookup_while_syncing_p95_ms = pull.lookupTimes.length
      ? metric({
          value: p95(pull.lookupTimes),
          unit: 'ms',
          budget: 50,
          baseline: p95(trips),
          extra: {
            samples: pull.lookupTimes.length,
            median_ms: Number(median(pull.lookupTimes).toFixed(2)),
            max_ms: Math.round(Math.max(...pull.lookupTimes)),
            // The bare round trip sampled alongside: slow too, the worker's thread was busy; else the database.
            round_trip_while_syncing_p95_ms: pull.tripTimes.length ? Number(p95(pull.tripTimes).toFixed(2)) : null,
            round_trip_while_syncing_max_ms: pull.tripTimes.length ? Math.round(Math.max(...pull.tripTimes)) : null,
          },
        })
      : missing('ms', 50, 'no lookup was answered while the first sync ran');

    // The first rep's next round reads its own push back through the feed: once, before the bursts, so
    // that they time the changes alone.
    log('  the first rep reads its own push back through the feed…');
    const readBack = await round(a, scale, timeoutS);
    metrics.sync_push_book_s.detail.read_back_s = readBack && !failed(readBack.status) ? seconds(readBack.ms) : null;
    log(`    read back in ${metrics.sync_push_book_s.detail.read_back_s ?? '(did not finish)'} s`);
    try {
      metrics.sync_incremental_ms_per_change = await incremental(a, b, scale, timeoutS, docs, log);
    } catch (error) {
      const why = String(error.message ?? error).slice(0, 200);
      metrics.sync_incremental_ms_per_change = notMeasured('ms', `incremental rounds failed: ${why}`);
    }
    metrics.sync_first_pull_s.detail.seconds_per_100k = pulled > 0 ? seconds((pull.ms / pulled) * 100_000) : null;
    await second.close();
    second = undefined;
    try {
      const small = await smallBookIncremental({ server, connection, buildDir, code, scale, timeoutS, log });
      metrics.sync_incremental_small_book_ms_per_change = small;
      const big = metrics.sync_incremental_ms_per_change;
      if (big.value !== null && small.value) {
        const ratio = Number((big.value / small.value).toFixed(2));
        big.detail.small_book_ms_per_change = Number(small.value.toFixed(2));
        big.detail.ratio_to_small_book = ratio;
        log(
          `  incremental: ${big.value.toFixed(2)} ms/change in the ${docs.toLocaleString('en')}-record book, ` +
            `${small.value.toFixed(2)} in the ${SMALL_BOOK.toLocaleString('en')}-record one (ratio ${ratio}; ` +
            `marginal ${big.detail.marginal_ms_per_change} vs ${small.detail.marginal_ms_per_change} ms/change)`,
        );
      }
    } catch (error) {
      const why = String(error.message ?? error).slice(0, 200);
      metrics.sync_incremental_small_book_ms_per_change = notMeasured('ms', `small-book rounds failed: ${why}`);
    }
    return metrics;
  } finally {
    await second?.close();
    await server.stop();
  }
}

/**
 * The incremental rounds again between two fresh profiles sharing a small book in a database of its
 * own: the first seeds SMALL_BOOK contacts and pushes them, the second pulls them, then the bursts.
 */
async function smallBookIncremental({ server, connection, buildDir, code, scale, timeoutS, log }) {
  log(`  the same bursts between two fresh profiles sharing a ${SMALL_BOOK.toLocaleString('en')}-contact book…`);
  await server.createDatabase(SMALL_DATABASE);
  const small = { ...connection, database: SMALL_DATABASE };
  const reps = [];
  try {
    const pages = [];
    for (const seeds of [true, false]) {
      const rep = await launch(buildDir);
      reps.push(rep);
      const page = await openBenchPage(rep.context, rep.extensionId, code);
      await page.evaluate(() => chrome.alarms.clearAll());
      if (seeds) await page.evaluate(([n, s]) => globalThis.RapportSync.seedContacts(n, s), [SMALL_BOOK, scale]);
      await page.evaluate((c) => globalThis.RapportSync.join(c), small);
      const first = await round(page, scale, timeoutS);
      if (!first || failed(first.status)) throw new Error(`joining the small team: ${failed(first?.status)}`);
      pages.push(page);
    }
    const [c, d] = pages;
    return await incremental(c, d, scale, timeoutS, SMALL_BOOK, log);
  } finally {
    for (const rep of reps) await rep.close();
  }
}

/**
 * Rounds of CHANGES edits by the first rep (`a`) reaching the second (`b`) through the live sync both
 * pages keep (the burst is pushed a second after the edits, the long-poll wakes the other side): from
 * the last edit to the last change applied there. Each after an empty round asked of `b`, the floor.
 */
async function incremental(a, b, scale, syncTimeoutS, docs, log) {
  log(`  ${INCREMENTAL_ROUNDS} rounds of ${CHANGES} changes by the first rep, delivered live to the second…`);
  const timeoutS = Math.min(syncTimeoutS, BURST_LIMIT_S);
  const empty = [];
  const rounds = [];
  /** How long the first rep took to make each burst's edits, one `contacts.update` after another. */
  const edits = [];
  for (let n = 1; n <= INCREMENTAL_ROUNDS; n++) {
    const idle = await round(b, scale, timeoutS);
    if (!idle) throw new Error(`an empty round outlasted ${timeoutS} s`);
    empty.push(idle.ms);
    const editing = performance.now();
    const edited = await Promise.race([
      a.evaluate(([c, s, r]) => globalThis.RapportSync.editContacts(c, s, r), [CHANGES, scale, n]).then(() => true),
      sleep(timeoutS * 1000, false, { ref: false }),
    ]);
    if (!edited) throw new Error(`${CHANGES} edits outlasted ${timeoutS} s`);
    edits.push(performance.now() - editing);
    rounds.push(
      await b.evaluate(
        ([c, s, r, t]) => globalThis.RapportSync.waitForEdits(c, s, r, t),
        [CHANGES, scale, n, timeoutS * 1000],
      ),
    );
  }
  const roundMs = median(rounds);
  const emptyMs = median(empty);
  return metric({
    value: roundMs / CHANGES,
    unit: 'ms',
    baseline: emptyMs / CHANGES,
    note: `median of ${INCREMENTAL_ROUNDS} bursts of ${CHANGES} edits delivered live into a ${docs.toLocaleString('en')}-record book (a 1 s push delay included); floor: a round with nothing new, per change`,
    extra: {
      rounds_ms: rounds.map(Math.round),
      empty_rounds_ms: empty.map(Math.round),
      edits_ms: edits.map(Math.round),
      marginal_ms_per_change: Number(((roundMs - emptyMs) / CHANGES).toFixed(3)),
      book_records: docs,
    },
  });
}
