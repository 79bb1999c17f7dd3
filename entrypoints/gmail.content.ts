import { mountSidebar } from '@/lib/page/mount-sidebar';
import { watchPage } from '@/lib/page/watch-page';
import { readGmailThread } from '@/lib/sites/gmail/thread';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const sidebar = mountSidebar(ctx);
    watchPage(ctx, () => readGmailThread(document, location.href), sidebar);
  },
});
