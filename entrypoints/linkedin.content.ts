import { mountSidebar } from '@/lib/page/mount-sidebar';
import { watchPage } from '@/lib/page/watch-page';
import { readLinkedInPage } from '@/lib/sites/linkedin/read';
import { sel } from '@/lib/sites/linkedin/selectors';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
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
