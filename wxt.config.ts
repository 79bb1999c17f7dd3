import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

/** Firefox needs a stable add-on id and, for new add-ons, a statement of the data collected: none. */
const firefoxSettings = {
  browser_specific_settings: {
    gecko: {
      id: 'rapport@rapport-crm.example',
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    },
  },
};

/**
 * WXT 0.21.0 announces every content script's start to the page with window.postMessage, naming the
 * extension's id: any site could listen and learn that Rapport is installed, which use_dynamic_url is there
 * to prevent. Later WXT versions can leave it out (`noScriptStartedPostMessage`) but need Node 22, so the
 * build leaves it out here; the event WXT fires on the document, which stops an older copy of the same
 * script, stays. The build fails if the announcement is no longer where it was.
 */
const SCRIPT_STARTED_MESSAGE = /window\.postMessage\(\{[^}]*\}, "\*"\);/;
const quietContentScripts = (): Plugin => ({
  name: 'rapport:quiet-content-scripts',
  transform(code, id) {
    if (!id.includes('/wxt/dist/utils/content-script-context.')) return null;
    if (!SCRIPT_STARTED_MESSAGE.test(code)) throw new Error(`${id}: its start announcement was not found`);
    return code.replace(SCRIPT_STARTED_MESSAGE, '');
  },
});

/**
 * The sidebar's first card waits for every file its frame loads, and on a busy machine each costs the browser a
 * file read and a message (bench/README.md): what the sidebar imports goes into ONE chunk, the popup and the
 * dashboard sharing it as it is, instead of the several chunks a split by importers makes. The entry (its side
 * effects would run in every page that imports the chunk) and the sidebar's own styles (they style bare
 * elements, as every page's do) stay the sidebar's. Dynamic imports (the second language) stay apart.
 */
const SIDEBAR_ENTRY = /\/entrypoints\/sidebar\//;
const SIDEBAR_OWN = /\/entrypoints\/sidebar\/(main\.tsx|index\.html|[^/]*\.css)$/;
const sidebarKit = (): Plugin => ({
  name: 'rapport:sidebar-kit',
  outputOptions(options) {
    if (options.format !== 'es') return null;
    let kit: Set<string> | undefined;
    return {
      ...options,
      manualChunks(id, { getModuleIds, getModuleInfo }) {
        if (!kit) {
          const entries = [...getModuleIds()].filter((m) => SIDEBAR_ENTRY.test(m) && getModuleInfo(m)?.isEntry);
          kit = new Set(entries);
          for (const m of kit) for (const imported of getModuleInfo(m)?.importedIds ?? []) kit.add(imported);
        }
        return kit.has(id) && !SIDEBAR_OWN.test(id) ? 'sidebar-kit' : undefined;
      },
    };
  },
});

export default defineConfig({
  vite: () => ({ plugins: [preact(), quietContentScripts(), sidebarKit()] }),
  // The sources package a store reviewer rebuilds from: no local test or demo output.
  zip: { excludeSources: ['test-results/**', 'demo-output/**', 'bench/results/**'] },
  manifest: ({ browser }) => ({
    ...(browser === 'firefox' ? firefoxSettings : {}),
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Our pages run only our own bundled scripts: no eval, no remote code, no plugins.
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'",
    },
    // scripting: content scripts for the sites the user turns on (registered at run time);
    // activeTab: the popup's "Enable Rapport on this site" needs the address of the tab it was opened on.
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'scripting', 'activeTab'],
    host_permissions: ['https://mail.google.com/*', 'https://www.linkedin.com/*'],
    // Asked for one site at a time, only when the user turns Rapport on there (Outlook on the web, any site).
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Keyboard shortcuts, answered in entrypoints/background/commands.ts; users can change them at
    // chrome://extensions/shortcuts.
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandToggleSidebar__',
      },
      'log-page': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandLogPage__',
      },
      'open-dashboard': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_commandOpenDashboard__',
      },
    },
    // use_dynamic_url: the sidebar is reachable only at a per-session address that only our content scripts
    // know, so no website can probe chrome-extension://<id>/… to learn that Rapport is installed.
    web_accessible_resources: [
      {
        resources: ['sidebar.html'],
        matches: ['https://mail.google.com/*', 'https://www.linkedin.com/*'],
        use_dynamic_url: true,
      },
      // Sites turned on at run time cannot be listed here in advance; the sidebar itself shows nothing in a
      // page whose site the user has not turned on (entrypoints/background/sidebar-ports.ts).
      { resources: ['sidebar.html'], matches: ['https://*/*', 'http://*/*'], use_dynamic_url: true },
    ],
  }),
});
