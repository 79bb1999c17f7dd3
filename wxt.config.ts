import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Our pages run only our own bundled scripts: no eval, no remote code, no plugins.
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'",
    },
    permissions: ['storage', 'unlimitedStorage', 'alarms'],
    host_permissions: ['https://mail.google.com/*', 'https://www.linkedin.com/*'],
    web_accessible_resources: [
      { resources: ['sidebar.html'], matches: ['https://mail.google.com/*', 'https://www.linkedin.com/*'] },
    ],
  },
});
