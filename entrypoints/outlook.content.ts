import { mountSidebar } from '@/lib/content/mount-sidebar';
import { watchPage } from '@/lib/content/watch-page';
import { readOutlookPage } from '@/lib/sites/outlook/read';
import { sel } from '@/lib/sites/outlook/selectors';

/** Registered at run time (lib/sites/access.ts) once the user enables Outlook on the web. */
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    const sidebar = mountSidebar(ctx);
    watchPage(ctx, {
      site: 'outlook',
      detect: () => readOutlookPage(document, location.href),
      sidebar,
      selectors: sel,
    });
  },
});
