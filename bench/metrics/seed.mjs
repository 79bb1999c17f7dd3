// Fills the extension's own database at the requested scale, straight from an extension page, in
// large transactions. Returns how long the bare bulk put of the contacts took (the import baseline).
import { ask } from '../lib/extension.mjs';
import { p95 } from '../lib/stats.mjs';

/** A bare index get this fast (p95 of 50, ms) means compaction no longer gets in the way. */
const QUIET_GET_MS = 2;

// Records per transaction, and per call into the page (a progress line each).
const CHUNK = { organisations: 5_000, contacts: 5_000, deals: 10_000, interactions: 10_000 };
const CALL = 100_000;

export async function seedWorkspace(page, scale, counts, log) {
  const stats = await ask(page, 'workspace.stats', {});
  if (stats.contacts > 0) throw new Error('The benchmark needs an empty workspace (fresh profile).');
  const timing = {};
  for (const store of ['organisations', 'contacts', 'deals', 'interactions']) {
    const total = counts[store];
    let ms = 0;
    for (let start = 0; start < total; start += CALL) {
      const end = Math.min(total, start + CALL);
      ms += await page.evaluate(
        ([s, a, b, c, sc]) => globalThis.RapportBench.seedRange(s, a, b, c, sc),
        [store, start, end, CHUNK[store], scale],
      );
      log(`  ${store}: ${end.toLocaleString('en')} / ${total.toLocaleString('en')}`);
    }
    timing[store] = ms;
  }
  // The touch aggregates the interactions door keeps (the version 6 upgrade builds them for a book).
  // Derived data, not part of the book: kept out of the timings the bare-put baselines sum.
  const touchesMs = await page.evaluate(
    ([total, sc]) => globalThis.RapportBench.seedTouches(total, 10_000, sc),
    [counts.interactions, scale],
  );
  log(`  touch aggregates: ${(touchesMs / 1000).toFixed(1)} s`);
  // Counting a large store walks it all; the last record of each store is proof enough.
  const missingLast = await page.evaluate(([c, sc]) => globalThis.RapportBench.missingLast(c, sc), [counts, scale]);
  if (missingLast.length) throw new Error(`Seeding lost the last record of: ${missingLast.join(', ')}`);
  return timing;
}

/**
 * After a bulk load LevelDB compacts for a while in the browser process, and every read meanwhile
 * is several times slower. Waits (at most `maxS`) until bare index gets are fast twice in a row.
 */
export async function waitForQuietDatabase(page, emails, log, maxS = 300) {
  const started = Date.now();
  let quietInARow = 0;
  while (quietInARow < 2 && Date.now() - started < maxS * 1000) {
    const times = await page.evaluate((e) => globalThis.RapportBench.rawGet(e), emails);
    quietInARow = p95(times) <= QUIET_GET_MS ? quietInARow + 1 : 0;
    if (quietInARow < 2) await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  const waited = (Date.now() - started) / 1000;
  log(`  database ${quietInARow >= 2 ? 'settled' : 'still busy'} after ${waited.toFixed(0)} s`);
  return Math.round(waited);
}
