// Fills the extension's own database at the requested scale, straight from an extension page, in
// large transactions. Returns how long the bare bulk put of the contacts took (the import baseline).
import { ask } from '../lib/extension.mjs';

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
  // Counting a large store walks it all; the last record of each store is proof enough.
  const missingLast = await page.evaluate(([c, sc]) => globalThis.RapportBench.missingLast(c, sc), [counts, scale]);
  if (missingLast.length) throw new Error(`Seeding lost the last record of: ${missingLast.join(', ')}`);
  return timing;
}
