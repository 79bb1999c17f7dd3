import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export const SIDEBAR_HOST_ID = 'crm-sidebar';
const OPEN_WIDTH = 360;
const COLLAPSED_WIDTH = 44;

export interface MountedSidebar {
  setCollapsed(collapsed: boolean): void;
}

/**
 * Docks our extension page at the right edge. The host page sees only an iframe of another
 * origin: no customer data ever enters its DOM.
 */
export function mountSidebar(ctx: ContentScriptContext): MountedSidebar {
  document.getElementById(SIDEBAR_HOST_ID)?.remove();
  const host = document.createElement('div');
  host.id = SIDEBAR_HOST_ID;
  const frame = document.createElement('iframe');
  frame.src = browser.runtime.getURL('/sidebar.html');
  frame.title = 'Rapport';
  host.append(frame);
  Object.assign(host.style, {
    position: 'fixed',
    top: '0',
    right: '0',
    height: '100vh',
    zIndex: '2147483646',
    boxShadow: '0 0 12px rgba(0,0,0,.18)',
    background: 'transparent',
  });
  Object.assign(frame.style, { width: '100%', height: '100%', border: '0', display: 'block', colorScheme: 'normal' });

  const setCollapsed = (collapsed: boolean) => {
    host.style.width = `${collapsed ? COLLAPSED_WIDTH : OPEN_WIDTH}px`;
  };
  setCollapsed(false);
  browser.storage.local.get('sidebarCollapsed').then(
    (stored) => setCollapsed(stored.sidebarCollapsed === true),
    () => undefined,
  );
  document.documentElement.append(host);
  ctx.onInvalidated(() => host.remove());
  return { setCollapsed };
}
