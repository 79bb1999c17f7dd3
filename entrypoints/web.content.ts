import { type MountedSidebar, mountSidebar } from '@/lib/content/mount-sidebar';
import { watchPage } from '@/lib/content/watch-page';
import { readWebPage } from '@/lib/sites/web/read';
import { sel } from '@/lib/sites/web/selectors';

/**
 * Registered at run time (lib/sites/access.ts) on the sites the user enabled. The sidebar only appears
 * once the page names someone: most pages of a site do not.
 */
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    let mounted: MountedSidebar | undefined;
    watchPage(ctx, {
      site: 'web',
      detect: () => readWebPage(document, location.href),
      sidebar: { setCollapsed: (collapsed) => mounted?.setCollapsed(collapsed) },
      selectors: sel,
      onPage(page) {
        if (!mounted && (page.people.length || page.organisation)) mounted = mountSidebar(ctx);
      },
    });
  },
});
