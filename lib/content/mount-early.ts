import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type MountedSidebar, mountSidebar, SIDEBAR_HOST_ID, siteIsDark } from './mount-sidebar';

/**
 * For a script run at document_start: docks the sidebar as soon as the document exists, so that its frame loads
 * while the site is still parsing, and hands it to `parsed` in a task of its own once the site is parsed (the
 * site's DOMContentLoaded waits for none of our work). Until then the frame is hidden: the site's theme can only be
 * read once its styles are in, and on a dark site the frame is loaded again in the dark theme.
 */
export function mountEarly(ctx: ContentScriptContext, parsed: (sidebar: MountedSidebar) => void): void {
  const early = document.documentElement ? mountSidebar(ctx) : undefined;
  const host = document.getElementById(SIDEBAR_HOST_ID);
  if (early && host) host.style.visibility = 'hidden';
  const run = () => {
    if (!ctx.isValid) return;
    const frame = host?.querySelector('iframe');
    // The address mountSidebar gives the frame on a dark site (spelled twice so the LinkedIn script stays small).
    const dark = browser.runtime.getURL('/sidebar.html?siteTheme=dark');
    if (early && frame && siteIsDark() && frame.src !== dark) frame.src = dark;
    if (host) host.style.visibility = '';
    parsed(early ?? mountSidebar(ctx));
  };
  if (document.readyState !== 'loading') run();
  else document.addEventListener('DOMContentLoaded', () => setTimeout(run), { once: true });
}
