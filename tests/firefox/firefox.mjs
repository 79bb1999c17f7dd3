// Drives Debian's Firefox ESR over WebDriver BiDi with the built add-on installed (puppeteer-core, no browser
// download). Site pages are served from the hand-written fixtures in tests/fixtures/.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const ADDON_DIR = path.resolve('.output/firefox-mv3');
const ADDON_ID = 'rapport@rapport-crm.example';
/** Fixed for the tests so our pages have a known address (Firefox makes one up per install otherwise). */
const UUID = '3b5f4a5e-0c1d-4d2e-9f8a-6a7b8c9d0e1f';
export const EXTENSION = `moz-extension://${UUID}`;

export const fixture = (name) => readFileSync(path.resolve('tests/fixtures', name), 'utf8');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `read` until it returns something truthy; fails with what it last saw. */
export async function waitFor(read, what, timeout = 15_000) {
  const until = Date.now() + timeout;
  let last;
  while (Date.now() < until) {
    last = await read().catch((error) => `(${error.message})`);
    if (last && !(typeof last === 'string' && last.startsWith('('))) return last;
    await sleep(150);
  }
  throw new Error(`Timed out waiting for ${what}; last saw: ${String(last).slice(0, 400)}`);
}

/**
 * Firefox with the add-on, as a user has it after installing it (MV3 host permissions are granted at install).
 * `--remote-allow-system-access` lets the test reach our own pages (moz-extension:), in tabs and in frames.
 * `prefs` adds Firefox preferences for one test.
 */
export async function launchFirefox({ prefs = {} } = {}) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }), ...prefs },
  });
  await browser.installExtension(ADDON_DIR);
  const errors = [];
  const watch = (page) => {
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    return page;
  };

  /** A site page; `routes` maps an address prefix to the HTML served there (or a function of the URL). */
  async function sitePage(routes) {
    const page = watch(await browser.newPage());
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      const prefix = Object.keys(routes).find((p) => url.startsWith(p));
      if (!prefix) return request.continue();
      const html = typeof routes[prefix] === 'function' ? routes[prefix](url) : routes[prefix];
      return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    });
    return page;
  }

  /** One of our own pages (popup.html, dashboard.html), loaded. */
  async function extensionPage(file) {
    const page = watch(await browser.newPage());
    // The navigation itself is never reported as finished for an extension page: wait for the document instead.
    page.goto(`${EXTENSION}/${file}`).catch(() => undefined);
    await waitFor(
      () => page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete'),
      file,
    );
    return page;
  }

  return { browser, errors, sitePage, extensionPage, close: () => browser.close() };
}

/** Asks the background from one of our pages, as the product's pages do. */
export async function ask(page, verb, input) {
  const response = await page.evaluate((rpc, i) => browser.runtime.sendMessage({ rpc, input: i }), verb, input);
  if (!response?.ok) throw new Error(`${verb} failed: ${JSON.stringify(response)}`);
  return response.value;
}

/** The sidebar frame of a site page (BiDi names it about:blank; its document is ours). */
export async function sidebarOf(page) {
  return waitFor(async () => {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      if (await frame.evaluate(() => location.href.endsWith('/sidebar.html') || location.pathname === '/sidebar.html'))
        return frame;
    }
    return null;
  }, 'the sidebar frame');
}

export const textOf = (frame) => frame.evaluate(() => document.body.innerText);

export async function waitForText(frame, text) {
  return waitFor(async () => (await textOf(frame)).includes(text), `"${text}" in ${frame.url()}`);
}

/** Clicks the button whose accessible name matches, inside `scope` (an element's aria-label) when given. */
export async function clickButton(frame, name, scope) {
  await waitFor(
    () =>
      frame.evaluate(
        (source, label) => {
          const root = label ? document.querySelector(`[aria-label="${label}"]`) : document;
          const re = new RegExp(source);
          const button = [...(root?.querySelectorAll('button') ?? [])].find((b) =>
            re.test(b.getAttribute('aria-label') ?? b.textContent ?? ''),
          );
          button?.click();
          return Boolean(button);
        },
        name.source,
        scope,
      ),
    `button ${name} ${scope ?? ''}`,
  );
}
