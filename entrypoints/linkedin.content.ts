import { mountSidebar } from '@/lib/content/mount-sidebar';
import { watchPage } from '@/lib/content/watch-page';
import { readLinkedInPage } from '@/lib/sites/linkedin/read';
import { sel } from '@/lib/sites/linkedin/selectors';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  // At the end of parsing rather than at idle: the sidebar starts loading sooner; the page is read as it is drawn.
  runAt: 'document_end',
  main(ctx) {
    const sidebar = mountSidebar(ctx);
    watchPage(ctx, {
      site: 'linkedin',
      detect: () => readLinkedInPage(document, location.href),
      sidebar,
      selectors: sel,
    });
  },
});
