// Scrolling the dashboard's contact list at full scale, frame by frame.
import { openBenchPage } from '../lib/extension.mjs';
import { metric, missing, p95 } from '../lib/stats.mjs';

const SCROLL_MS = 2000;

export async function measureDashboardScroll(context, extensionId, probes) {
  const page = await openBenchPage(context, extensionId, probes, 'dashboard.html#contacts');
  try {
    const idle = await page.evaluate(() => globalThis.RapportBench.frameTimes(1000));
    let scrolled = null;
    for (let i = 0; i < 20 && !scrolled; i++) {
      scrolled = await page.evaluate((ms) => globalThis.RapportBench.scrollFrames(ms), SCROLL_MS);
      if (!scrolled) await page.waitForTimeout(250);
    }
    if (!scrolled) {
      return {
        dashboard_scroll_frame_p95_ms: missing(
          'ms',
          16.7,
          'not built yet: dashboard.html#contacts shows no scrollable contact list (ContactsView is a placeholder)',
        ),
      };
    }
    return {
      dashboard_scroll_frame_p95_ms: metric({
        value: p95(scrolled.times),
        unit: 'ms',
        budget: 16.7,
        baseline: p95(idle),
        extra: { frames: scrolled.times.length, scroll_height_px: scrolled.rows },
      }),
    };
  } finally {
    await page.close();
  }
}
