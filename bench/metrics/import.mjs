// Importing a contacts CSV through the product's pipeline (parse, map, stage, plan, commit), at the
// same scale as the workspace, into the seeded workspace. Runs last: it adds contacts.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { attachTarget } from '../lib/browser.mjs';
import { openBenchPage } from '../lib/extension.mjs';
import { median, metric, missing, p95 } from '../lib/stats.mjs';

const IO_VERBS = 'lib/protocol/import.ts';
const IMPORT_BUDGET_S = 30;

/**
 * The same lookups made after the commit while the background refits insights (until it saves the
 * fitted model): reported apart, in the metric's detail; the metric stays the commit's.
 */
function refitTail({ refitLookupTimes: times, refitSaved, refitSeconds }) {
  if (!times) return {};
  const seen = times.length
    ? { p95_ms: Number(p95(times).toFixed(2)), max_ms: Math.round(Math.max(...times)) }
    : { p95_ms: null, max_ms: null };
  return {
    during_refit: {
      samples: times.length,
      ...seen,
      refit_s: Number(refitSeconds.toFixed(2)),
      ...(refitSaved ? {} : { note: 'the refit did not save a model in time: sampling stopped' }),
    },
  };
}

/** The searches made every 200 ms while the commit ran (reported apart, in the metric's detail). */
function searchesDuring(times) {
  if (!times?.length) return {};
  return {
    searches_every_200_ms: {
      samples: times.length,
      p95_ms: Number(p95(times).toFixed(2)),
      max_ms: Math.round(Math.max(...times)),
    },
  };
}

/** Lookups answered while the commit ran, against the bare message round trip of the same run. */
function lookupsDuring(times, roundTripP95, tail = {}) {
  if (!times?.length) {
    return { lookup_while_importing_p95_ms: missing('ms', 50, 'no lookup was answered while the commit ran') };
  }
  return {
    lookup_while_importing_p95_ms: metric({
      value: p95(times),
      unit: 'ms',
      budget: 50,
      baseline: roundTripP95,
      extra: {
        samples: times.length,
        median_ms: Number(median(times).toFixed(2)),
        max_ms: Math.round(Math.max(...times)),
        ...tail,
      },
    }),
  };
}

/** BENCH_IMPORT_PROFILE=<file>: a CPU profile of the background worker during the import, and the lookups' times. */
async function startProfile(port, extensionId) {
  const worker = await attachTarget(
    port,
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
  );
  await worker.send('Profiler.enable');
  await worker.send('Profiler.setSamplingInterval', { interval: 500 });
  await worker.send('Profiler.start');
  const { result } = await worker.send('Runtime.evaluate', {
    expression: 'performance.timeOrigin + performance.now()',
  });
  const startedAt = result.value;
  return {
    async stop(file, run) {
      const { profile } = await worker.send('Profiler.stop');
      worker.close();
      writeFileSync(file, JSON.stringify(profile));
      writeFileSync(`${file}.json`, JSON.stringify({ startedAt, run }));
    },
  };
}

/**
 * `bulkPutMs`: the bare bulk put of as many contacts, timed while seeding — the import's baseline;
 * `roundTripP95`: the bare message round trip, the floor of the lookups made while the commit runs.
 */
export async function measureImport(
  root,
  context,
  extensionId,
  bundle,
  scale,
  bulkPutMs,
  timeoutS,
  roundTripP95,
  port,
) {
  if (!existsSync(path.join(root, IO_VERBS))) {
    return {
      import_csv_100k_s: missing('s', IMPORT_BUDGET_S, `not built yet: no import verbs (${IO_VERBS} is absent)`),
    };
  }
  const rows = scale.contacts;
  const page = await openBenchPage(context, extensionId, await bundle(), 'popup.html');
  try {
    const profiler = process.env.BENCH_IMPORT_PROFILE && port ? await startProfile(port, extensionId) : null;
    const started = Date.now();
    const run = await Promise.race([
      page.evaluate(([n, s]) => globalThis.RapportImport.importCsv(n, s), [rows, scale]),
      // Unreferenced: a pending timer would keep the process alive long after the results are written.
      sleep(timeoutS * 1000, null, { ref: false }),
    ]);
    if (profiler) await profiler.stop(process.env.BENCH_IMPORT_PROFILE, run);
    if (!run) {
      const waited = (Date.now() - started) / 1000;
      return {
        import_csv_100k_s: metric({
          value: waited,
          unit: 's',
          budget: IMPORT_BUDGET_S,
          baseline: bulkPutMs / 1000,
          note: `lower bound: stopped waiting after ${timeoutS} s (--import-timeout), the commit was still running`,
          extra: { rows },
        }),
      };
    }
    const phases = Object.fromEntries(Object.entries(run.phases).map(([k, v]) => [k, Number((v / 1000).toFixed(2))]));
    return {
      import_csv_100k_s: metric({
        value: run.seconds,
        unit: 's',
        budget: IMPORT_BUDGET_S,
        baseline: bulkPutMs / 1000,
        ...(rows === 100_000 ? {} : { note: `${rows.toLocaleString('en')} rows at this scale` }),
        extra: { rows, csv_mb: Number((run.bytes / 2 ** 20).toFixed(1)), phases_s: phases, outcome: run.outcome },
      }),
      ...lookupsDuring(run.lookupTimes, roundTripP95, { ...searchesDuring(run.searchTimes), ...refitTail(run) }),
    };
  } catch (error) {
    return {
      import_csv_100k_s: missing(
        's',
        IMPORT_BUDGET_S,
        `import failed: ${String(error.message ?? error).slice(0, 300)}`,
      ),
    };
  } finally {
    await page.close();
  }
}
