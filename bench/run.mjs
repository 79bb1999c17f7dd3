// npm run bench: measures Rapport against the performance budgets (/work/shared/DESIGN.md) in real
// Chromium, with a realistically large workspace. Usage: node bench/run.mjs [--quick]
//   [--contacts N] [--interactions N] [--out FILE]. Expects a fresh build in .output/chrome-mv3.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bundleForPage, importTs } from './lib/bundle.mjs';
import { launch } from './lib/browser.mjs';
import { openBenchPage } from './lib/extension.mjs';
import { markdownTable, writeResults } from './lib/report.mjs';
import { median, metric } from './lib/stats.mjs';
import { contentScriptSize } from './metrics/bundle-size.mjs';
import { measureClvFit } from './metrics/clv.mjs';
import { measureDashboardScroll } from './metrics/dashboard.mjs';
import { measureLog, measureLookup, measureSearch, sampleIndices } from './metrics/database.mjs';
import { measureDetection, measureSidebar, servedGmail } from './metrics/gmail.mjs';
import { measureHeaps } from './metrics/heap.mjs';
import { measureImport } from './metrics/import.mjs';
import { seedWorkspace } from './metrics/seed.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    contacts: { type: 'string' },
    interactions: { type: 'string' },
    out: { type: 'string', default: path.join(ROOT, 'bench/results/latest.json') },
  },
});
const contacts = Number(args.contacts ?? (args.quick ? 5_000 : 100_000));
const scale = {
  contacts,
  interactions: Number(args.interactions ?? contacts * 10),
  now: Date.UTC(2026, 10, 23, 9),
};
const counts = {
  organisations: Math.max(1, Math.round(contacts / 20)),
  contacts,
  deals: Math.round(contacts / 2),
  interactions: scale.interactions,
};
// The last refit's model, as the daily recompute leaves it (CDNOW's published estimates).
const VALUE_MODEL = {
  method: 'bgnbd',
  bgnbd: { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 },
  gg: { p: 6.25, q: 3.74, v: 15.44 },
  margin: 0.3,
  fittedAt: scale.now,
};

const began = Date.now();
const log = (line) => console.log(`[${((Date.now() - began) / 1000).toFixed(0).padStart(3)}s] ${line}`);

const [probes, detect, clv, { makeGmailThread }] = await Promise.all([
  bundleForPage('bench/page/probes.ts', 'RapportBench'),
  bundleForPage('lib/sites/gmail/thread.ts', 'RapportDetect'),
  bundleForPage('lib/crm/clv/index.ts', 'RapportClv'),
  importTs('tests/fixtures/gmail/make-thread.ts'),
]);

const browser = await launch(path.join(ROOT, '.output/chrome-mv3'));
const metrics = {};
let chromiumVersion = 'unknown';
try {
  const { context, extensionId, extensionDir, port } = browser;
  chromiumVersion = (await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()).Browser;
  Object.assign(metrics, contentScriptSize(extensionDir));

  log(`Seeding ${Object.entries(counts).map(([k, v]) => `${v.toLocaleString('en')} ${k}`).join(', ')}…`);
  const bench = await openBenchPage(context, extensionId, probes);
  const seeded = await seedWorkspace(bench, scale, counts, log);
  await bench.evaluate((model) => chrome.storage.local.set({ valueModel: model }), VALUE_MODEL);
  log(`Seeded in ${(Object.values(seeded).reduce((a, b) => a + b) / 1000).toFixed(1)} s`);

  log('Lookups, searches, logs…');
  Object.assign(metrics, await measureLookup(bench, scale));
  Object.assign(metrics, await measureSearch(bench, scale));
  Object.assign(metrics, await measureLog(bench, scale, log));
  const rawGets = await bench.evaluate(
    (emails) => globalThis.RapportBench.rawGet(emails),
    (await bench.evaluate(([i, s]) => globalThis.RapportBench.people(i, s), [sampleIndices(50, contacts, 4), scale])).map(
      (p) => p.email,
    ),
  );

  log('CLV fit on CDNOW…');
  Object.assign(metrics, await measureClvFit(bench, path.resolve(ROOT, '../shared/data/cdnow'), clv));

  log('Gmail detection and sidebar…');
  const thread = await servedGmail(context, makeGmailThread);
  // Key accounts (low indices get the most mail): the people whose threads are open most often.
  const pairs = await bench.evaluate(([i, s]) => globalThis.RapportBench.people(i, s), [[...Array(14).keys()], scale]);
  const threads = Array.from({ length: 7 }, (_, n) => thread(pairs.slice(2 * n, 2 * n + 2), n));
  Object.assign(metrics, await measureDetection(context, threads[0], detect));
  const sidebar = await measureSidebar(context, threads, median(rawGets));
  Object.assign(metrics, sidebar.metrics);

  log('Dashboard scroll…');
  Object.assign(metrics, await measureDashboardScroll(context, extensionId, probes));

  const usage = await bench.evaluate(() => globalThis.RapportBench.storageUsage());
  metrics.db_bytes_per_contact = metric({
    value: usage / contacts,
    unit: 'bytes',
    extra: { storage_usage_mb: Number((usage / 2 ** 20).toFixed(1)), counts },
  });

  log('Heaps…');
  await bench.close();
  Object.assign(metrics, await measureHeaps(port, extensionId));
  log(`Import of ${contacts.toLocaleString('en')} CSV rows…`);
  Object.assign(
    metrics,
    await measureImport(ROOT, context, extensionId, () => bundleForPage('bench/page/import.ts', 'RapportImport'), scale, seeded.contacts),
  );
} finally {
  await browser.close();
}

const results = { chromium: chromiumVersion, date: new Date().toISOString(), scale, seconds: Math.round((Date.now() - began) / 1000), metrics };
writeResults(args.out, results);
console.log(`\n${markdownTable(results)}\n\nWrote ${path.relative(process.cwd(), args.out)} in ${results.seconds} s.`);
