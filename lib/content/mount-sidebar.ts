import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readSidebarCollapsed } from '../settings/sidebar-collapsed';

export const SIDEBAR_HOST_ID = 'crm-sidebar';
const OPEN_WIDTH = 360;
const COLLAPSED_WIDTH = 44;

export interface MountedSidebar {
  setCollapsed(collapsed: boolean): void;
}

/** Whether a computed CSS colour ("rgb(r, g, b)" or "rgba(r, g, b, a)") is a dark, visible background. */
export function isDarkBackground(colour: string): boolean | null {
  const [r = 0, g = 0, b = 0, alpha = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  if (!/^rgba?\(/.test(colour) || alpha === 0) return null;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

/** The site's own dark theme, read from its background: the one thing about the page the sidebar is told. */
function siteIsDark(): boolean {
  for (const element of [document.body, document.documentElement]) {
    const dark = element ? isDarkBackground(getComputedStyle(element).backgroundColor) : null;
    if (dark !== null) return dark;
  }
  return false;
}

/**
 * Docks our extension page at the right edge, and narrows the page by as much so that none of the site's
 * controls sit under it. The host page sees only an iframe of another origin: no customer data ever enters its DOM.
 */
export function mountSidebar(ctx: ContentScriptContext): MountedSidebar {
  document.getElementById(SIDEBAR_HOST_ID)?.remove();
  const host = document.createElement('div');
  host.id = SIDEBAR_HOST_ID;
  const frame = document.createElement('iframe');
  frame.src = browser.runtime.getURL(siteIsDark() ? '/sidebar.html?siteTheme=dark' : '/sidebar.html');
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

  const page = document.documentElement.style;
  const pageMargin = page.marginRight;
  const setCollapsed = (collapsed: boolean) => {
    const width = `${collapsed ? COLLAPSED_WIDTH : OPEN_WIDTH}px`;
    host.style.width = width;
    page.marginRight = width;
  };
  setCollapsed(false);
  readSidebarCollapsed().then(setCollapsed, () => undefined);
  document.documentElement.append(host);
  ctx.onInvalidated(() => {
    host.remove();
    page.marginRight = pageMargin;
  });
  return { setCollapsed };
}
