// The bare ways from an extension page to the background and back, in the same run as the lookups: a new
// runtime message each time against one long-lived port, both answered at once by an echo installed in the
// worker through the DevTools protocol (harness code; the product has no echo).
import { attachTarget } from '../lib/browser.mjs';
import { median, p95 } from '../lib/stats.mjs';

const ECHO = `
  if (!globalThis.benchEchoInstalled) {
    globalThis.benchEchoInstalled = true;
    chrome.runtime.onMessage.addListener((message, _sender, reply) => {
      if (message && typeof message.benchEcho === 'number') reply(message);
      return false;
    });
    chrome.runtime.onConnect.addListener((port) => {
      if (port.name === 'bench-echo') port.onMessage.addListener((message) => port.postMessage(message));
    });
  }
  true;
`;

const round = (n) => Number(n.toFixed(2));

export async function installEcho(port, extensionId) {
  const origin = `chrome-extension://${extensionId}/`;
  const session = await attachTarget(port, (t) => t.type === 'service_worker' && t.url.startsWith(origin));
  try {
    const { exceptionDetails } = await session.send('Runtime.evaluate', { expression: ECHO });
    if (exceptionDetails) throw new Error(`echo: ${exceptionDetails.text}`);
  } finally {
    session.close();
  }
}

/** Message and port round trips, interleaved in blocks so both see the same load. */
export async function measureTransports(page, n = 200) {
  const run = (fn, count) => page.evaluate(([f, c]) => globalThis.RapportBench[f](c), [fn, count]);
  await run('echoMessageRoundTrips', 20);
  await run('echoPortRoundTrips', 20);
  const message = [];
  const port = [];
  for (let block = 0; block < 4; block++) {
    message.push(...(await run('echoMessageRoundTrips', n / 4)));
    port.push(...(await run('echoPortRoundTrips', n / 4)));
  }
  return {
    echo_message_median_ms: round(median(message)),
    echo_message_p95_ms: round(p95(message)),
    echo_port_median_ms: round(median(port)),
    echo_port_p95_ms: round(p95(port)),
  };
}

const SIDEBAR_HOST = 'https://mail.google.com/bench-lookups';

/**
 * A sidebar frame with the probes loaded, in a tab of a site Rapport runs on (an empty page at Gmail's address,
 * served by the run; the content script frames the sidebar in any such page). Only there does the background
 * accept the sidebar's port, so only there can the bench ask over the line the sidebar really uses.
 */
export async function openSidebarFrame(context, probes) {
  const pattern = `${SIDEBAR_HOST}**`;
  const serve = (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>.</title>' });
  await context.route(pattern, serve);
  const page = await context.newPage();
  await page.goto(SIDEBAR_HOST);
  let frame;
  for (let i = 0; i < 400 && !frame; i++) {
    frame = page.frames().find((f) => f.url().includes('/sidebar.html'));
    if (!frame) await page.waitForTimeout(25);
  }
  if (!frame) throw new Error('The sidebar frame never appeared');
  await frame.waitForLoadState('load');
  await frame.evaluate(probes);
  return {
    frame,
    async close() {
      await page.close();
      await context.unroute(pattern, serve);
    },
  };
}
