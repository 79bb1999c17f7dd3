// Fitting the value models on the CDNOW sample, in Chromium (an extension page), as the background would.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { median, metric, missing } from '../lib/stats.mjs';

const rows = (file) =>
  readFileSync(file, 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(',').map(Number));

export async function measureClvFit(page, dataDir, clvBundle) {
  const summary = path.join(dataDir, 'cdnow_customers_summary.csv');
  const spend = path.join(dataDir, 'cdnow_customers_summary_with_transactions.csv');
  if (!existsSync(summary) || !existsSync(spend)) {
    return { clv_fit_cdnow_ms: missing('ms', 1000, `CDNOW data not found in ${dataDir}`) };
  }
  const counts = rows(summary).map(([, x, tx, T]) => ({ x, tx, T }));
  const spends = rows(spend)
    .map(([, x, , , mx]) => ({ x, mx }))
    .filter((r) => r.x > 0);
  await page.evaluate(clvBundle);
  const { times, fit } = await page.evaluate(
    ([c, s]) => {
      const times = [];
      let fit;
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        fit = { bgnbd: globalThis.RapportClv.fitBgNbd(c), gg: globalThis.RapportClv.fitGammaGamma(s) };
        times.push(performance.now() - t0);
      }
      return { times, fit };
    },
    [counts, spends],
  );
  return {
    clv_fit_cdnow_ms: metric({
      value: median(times),
      unit: 'ms',
      budget: 1000,
      extra: { samples: times.length, customers: counts.length, repeat_customers: spends.length, fit },
    }),
  };
}
