import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { dashboardEn } from '../../lib/i18n/areas/dashboard';
import { importEn } from '../../lib/i18n/areas/import';
import { cardZh } from '../../lib/i18n/areas/zh/card';
import { EXTENSION_DIR, expect, test } from './extension';

// Deterministic budgets of the built extension: checked on every test run, unlike timings.
const manifest = () => JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

test('each content script stays within 15 KB minified', () => {
  const dir = path.join(EXTENSION_DIR, 'content-scripts');
  const scripts = readdirSync(dir).filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const file of scripts) expect(statSync(path.join(dir, file)).size, file).toBeLessThanOrEqual(15 * 1024);
});

test('the manifest asks for the reviewed permissions only', () => {
  const m = manifest();
  expect(m.manifest_version).toBe(3);
  expect([...m.permissions].sort()).toEqual([
    'activeTab',
    'alarms',
    'notifications',
    'scripting',
    'storage',
    'unlimitedStorage',
  ]);
  expect([...m.host_permissions].sort()).toEqual(['https://mail.google.com/*', 'https://www.linkedin.com/*']);
  // Other sites only on request, one at a time, and their content scripts are registered at run time.
  expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  expect(m.content_scripts.flatMap((c: { matches: string[] }) => c.matches).sort()).toEqual([
    'https://mail.google.com/*',
    'https://www.linkedin.com/*',
  ]);
  // Only at a per-session address: no website can probe for Rapport (tests/e2e/undetectable.spec.ts).
  expect(m.web_accessible_resources).toEqual([
    {
      resources: ['sidebar.html'],
      matches: ['https://mail.google.com/*', 'https://www.linkedin.com/*'],
      use_dynamic_url: true,
    },
    { resources: ['sidebar.html'], matches: ['https://*/*', 'http://*/*'], use_dynamic_url: true },
  ]);
  expect(m.externally_connectable).toBeUndefined();
});

test('no extension page loads remote code', () => {
  for (const page of ['sidebar.html', 'popup.html']) {
    const html = readFileSync(path.join(EXTENSION_DIR, page), 'utf8');
    expect(html, page).not.toMatch(/<script[^>]+src="(https?:)?\/\//);
  }
});

test('every __MSG_…__ of the manifest has a message in English and Chinese', () => {
  const used = [...JSON.stringify(manifest()).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
  expect(used).toEqual(expect.arrayContaining(['extName', 'commandToggleSidebar', 'commandOpenDashboard']));
  for (const locale of ['en', 'zh_CN']) {
    const messages = JSON.parse(readFileSync(path.join(EXTENSION_DIR, '_locales', locale, 'messages.json'), 'utf8'));
    for (const key of used) expect(messages[key as string]?.message, `${locale}: ${key}`).toBeTruthy();
  }
});

/** The scripts sidebar.html loads before it can paint: its entry and every chunk it preloads. */
function sidebarInitialScripts(): string[] {
  const html = readFileSync(path.join(EXTENSION_DIR, 'sidebar.html'), 'utf8');
  return [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g)].map(
    (m) => m[1] as string,
  );
}

test("the sidebar's first paint parses at most 85 KB of JavaScript, none of it the Chinese catalog or the dashboard's texts", () => {
  const scripts = sidebarInitialScripts();
  expect(scripts.some((s) => s.startsWith('chunks/sidebar-'))).toBe(true);
  const texts = scripts.map((s) => readFileSync(path.join(EXTENSION_DIR, s), 'utf8'));
  const bytes = scripts.reduce((sum, s) => sum + statSync(path.join(EXTENSION_DIR, s)).size, 0);
  expect(bytes).toBeLessThanOrEqual(85 * 1024);
  // The second language is a chunk of its own, loaded only when a page is shown in it.
  const chinese = cardZh['card.noInteractions'];
  // English only of the rooms it shows (entrypoints/sidebar/english.ts): no dashboard or import texts.
  const dashboardOnly = [dashboardEn['dashboard.overview.empty'], importEn['import.error.no-header']];
  for (const [i, text] of texts.entries()) {
    expect(text, scripts[i]).not.toContain(chinese);
    for (const english of dashboardOnly) expect(text, scripts[i]).not.toContain(english);
  }
});

test('the sidebar frame waits for two scripts and two style sheets: each file is one more read for the browser', () => {
  const html = readFileSync(path.join(EXTENSION_DIR, 'sidebar.html'), 'utf8');
  expect(sidebarInitialScripts()).toHaveLength(2);
  expect(html.match(/rel="stylesheet"/g)).toHaveLength(2);
});
