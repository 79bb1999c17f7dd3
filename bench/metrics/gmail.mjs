// On a fixture Gmail page served at mail.google.com: detection time in the page, and the time from
// navigation to the sidebar's first painted card ('rapport:first-card', see entrypoints/sidebar/perf.ts).
import { FLOOR_MARK, FLOOR_ORIGIN } from '../lib/floor-frame.mjs';
import { median, metric, p95 } from '../lib/stats.mjs';

const MARK = 'rapport:first-card';

export async function servedGmail(context, makeGmailThread) {
  let html = '';
  const serve = (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
  await context.route('https://mail.google.com/**', serve);
  // The same page where only the sidebar's floor frame is added (../lib/floor-frame.mjs).
  await context.route(`${FLOOR_ORIGIN}/**`, serve);
  /** A 50-message thread with two known contacts; `n` varies the route id, the subject and the people. */
  return (people, n) => {
    const thread = makeGmailThread({
      messages: 50,
      contacts: people.map((p) => ({ name: p.name, email: p.email })),
      routeId: `BenchThread${String(n).padStart(4, '0')}`,
      subject: `Benchmark thread ${n}`,
    });
    return { ...thread, serve: () => (html = thread.html) };
  };
}

/**
 * What the content script runs (readGmailPage) on a 50-message thread, timed in the page: first on the
 * generated page alone, then padded to Gmail's real size (`padGmailPage`), which is the metric. Before
 * each read a node is added and removed in the thread list, as Gmail mutates the page before every read,
 * so no cached query result survives from one read to the next.
 */
export async function measureDetection(context, thread, detectBundle) {
  const page = await context.newPage();
  thread.serve();
  await page.goto(thread.url);
  await page.evaluate(detectBundle);
  const result = await page.evaluate(() => {
    const { readGmailThread, readGmailPage, padGmailPage } = globalThis.RapportDetect;
    const list = document.querySelector('[role="list"]');
    const touch = () => list?.append(document.createElement('div'));
    const untouch = () => list?.lastElementChild?.remove();
    const timed = (read, samples = 200) => {
      for (let i = 0; i < 20; i++) read(document, location.href);
      const times = [];
      for (let i = 0; i < samples; i++) {
        touch();
        const t0 = performance.now();
        read(document, location.href);
        times.push(performance.now() - t0);
        untouch();
      }
      return times;
    };
    const bare = timed(readGmailPage, 100);
    const elements = padGmailPage(document);
    return {
      bare,
      elements,
      whole: timed(readGmailPage),
      thread: timed(readGmailThread),
      read: readGmailPage(document, location.href),
    };
  });
  await page.close();
  const { read, whole, thread: threadOnly, bare } = result;
  if (read.messages.length !== 50) throw new Error(`Detection read ${read.messages.length} messages of 50`);
  if (read.kind !== 'thread' || read.subject === 'An earlier thread') throw new Error('Detection read a hidden view');
  const ms = (x) => Number(x.toFixed(2));
  return {
    // At p95: a slow read now and then is what a user notices.
    detect_gmail_thread_50_ms: metric({
      value: p95(whole),
      unit: 'ms',
      budget: 2,
      within: '<',
      extra: {
        samples: whole.length,
        page_elements: result.elements,
        median_ms: ms(median(whole)),
        read_gmail_thread_p95_ms: ms(p95(threadOnly)),
        read_gmail_thread_median_ms: ms(median(threadOnly)),
        unpadded_p95_ms: ms(p95(bare)),
        unpadded_median_ms: ms(median(bare)),
      },
    }),
  };
}

const frameOf = async (page, file) => {
  for (let i = 0; i < 200; i++) {
    const frame = page.frames().find((f) => f.url().includes(file));
    if (frame) return frame;
    await page.waitForTimeout(25);
  }
  throw new Error(`The frame of ${file} never appeared`);
};
const sidebarFrame = (page) => frameOf(page, '/sidebar.html');

/** When a fresh tab's page started, its DOMContentLoaded and first contentful paint. */
const hostTimes = (page) =>
  page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      origin: performance.timeOrigin,
      responseEnd: nav.responseEnd,
      domContentLoaded: nav.domContentLoadedEventEnd,
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    };
  });

/**
 * The floor of a cold first card: the same page at the floor's origin, where a frame is added as the sidebar's
 * is but holds a bare document (../lib/floor-frame.mjs); from the tab's navigation start to that frame's paint.
 */
async function openFloor(context, url) {
  const page = await context.newPage();
  const address = new URL(url);
  await page.goto(`${FLOOR_ORIGIN}${address.pathname}${address.search}${address.hash}`);
  const frame = await frameOf(page, '/floor.html');
  const painted = await markTime(frame, 1, FLOOR_MARK);
  const host = await hostTimes(page);
  const side = await frame.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return { origin: performance.timeOrigin, domContentLoaded: nav.domContentLoadedEventEnd };
  });
  const phases = {
    host_dom_content_loaded: host.domContentLoaded,
    host_first_contentful_paint: host.firstPaint,
    frame_navigation_start: side.origin - host.origin,
    frame_dom_content_loaded: side.origin - host.origin + side.domContentLoaded,
    painted: painted - host.origin,
  };
  return { page, frame, phases };
}

/**
 * In-page navigations in a tab, as Gmail makes them: the hash changes and the thread's DOM is swapped; from then
 * to the frame's next mark (and to the time `arrival` reads after it, if given).
 */
async function navigations(page, frame, threads, mark, arrival) {
  // A tab behind another draws no frames: the one navigated is brought to the front.
  await page.bringToFront();
  const times = [];
  for (let k = 1; k < threads.length; k++) {
    const next = threads[k];
    const [started, swapped] = await page.evaluate(
      ([html, hash]) => {
        // Parsed beforehand: Gmail has the new view's data before it navigates; only the swap is timed.
        const fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('.nH.if');
        const t0 = performance.timeOrigin + performance.now();
        location.hash = hash;
        if (fresh) document.querySelector('.nH.if')?.replaceWith(document.importNode(fresh, true));
        return [t0, performance.timeOrigin + performance.now() - t0];
      },
      [next.html, new URL(next.url).hash],
    );
    const painted = await markTime(frame, k + 1, mark);
    const arrived = arrival ? (await arrival()) - started : Number.NaN;
    times.push({ started, swapped, painted: painted - started, arrived });
  }
  return times;
}

const medians = (rows) =>
  Object.fromEntries(Object.keys(rows[0]).map((key) => [key, Number(median(rows.map((r) => r[key])).toFixed(1))]));

/** Absolute time (epoch ms, sub-ms) of the n-th first-card mark in the sidebar frame (or of `mark`). */
async function markTime(frame, n, mark = MARK) {
  await frame.waitForFunction((args) => performance.getEntriesByName(args[0]).length >= args[1], [mark, n], {
    timeout: 30_000,
    polling: 10,
  });
  return frame.evaluate(
    (args) => performance.timeOrigin + (performance.getEntriesByName(args[0])[args[1] - 1]?.startTime ?? Number.NaN),
    [mark, n],
  );
}

/**
 * Cold: a fresh tab loads a 50-message thread; from its navigation start to the first card. Each is followed by
 * a tab of the same page where a bare frame is added instead (the floor, its median the baseline).
 * Warm: in that tab, the hash changes and the thread DOM is swapped, as Gmail does; from then to the next card.
 */
export async function measureSidebar(context, threads, runs) {
  const cold = [];
  const phases = [];
  const floors = [];
  let page;
  let floor;
  for (let r = 0; r < runs; r++) {
    // One tab at a time, as before the floor was measured; the last of each stays for the navigations.
    await page?.close();
    await floor?.page.close();
    page = await context.newPage();
    threads[0].serve();
    await page.goto(threads[0].url);
    const frame = await sidebarFrame(page);
    const painted = await markTime(frame, 1);
    const host = await hostTimes(page);
    const side = await frame.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const page = performance.getEntriesByName('rapport:page')[0]?.startTime ?? Number.NaN;
      return { origin: performance.timeOrigin, domContentLoaded: nav.domContentLoadedEventEnd, page };
    });
    cold.push(painted - host.origin);
    phases.push({
      host_response_end: host.responseEnd,
      host_dom_content_loaded: host.domContentLoaded,
      // The site's own first paint: what starting the sidebar sooner must not delay.
      host_first_contentful_paint: host.firstPaint,
      sidebar_navigation_start: side.origin - host.origin,
      sidebar_dom_content_loaded: side.origin - host.origin + side.domContentLoaded,
      // The page (with its cards) reached the sidebar: the rest is drawing it.
      sidebar_page_arrived: side.origin - host.origin + side.page,
      first_card: painted - host.origin,
    });
    floor = await openFloor(context, threads[0].url);
    floors.push(floor.phases);
  }
  const frame = await sidebarFrame(page);
  // When the content script's news of the new page reached the sidebar (its own mark): splits warm time in two.
  const warm = await navigations(page, frame, threads, MARK, () =>
    frame.evaluate(
      () => performance.timeOrigin + (performance.getEntriesByName('rapport:page').at(-1)?.startTime ?? Number.NaN),
    ),
  );
  const warmFloor = await navigations(floor.page, floor.frame, threads, FLOOR_MARK);
  await floor.page.close();
  const coldFloor = medians(floors);
  return {
    page,
    metrics: {
      sidebar_first_card_cold_ms: metric({
        value: median(cold),
        unit: 'ms',
        budget: 100,
        baseline: coldFloor.painted,
        extra: { samples: cold.length, median_phases_ms: medians(phases), floor_median_phases_ms: coldFloor },
      }),
      sidebar_first_card_warm_ms: metric({
        value: median(warm.map((w) => w.painted)),
        unit: 'ms',
        budget: 30,
        baseline: median(warmFloor.map((w) => w.painted)),
        extra: {
          samples: warm.length,
          median_dom_swap_ms: Number(median(warm.map((w) => w.swapped)).toFixed(1)),
          median_page_event_arrival_ms: Number(median(warm.map((w) => w.arrived)).toFixed(1)),
          floor_median_dom_swap_ms: Number(median(warmFloor.map((w) => w.swapped)).toFixed(1)),
        },
      }),
    },
  };
}
