import { mountSidebar } from '@/lib/content/mount-sidebar';
import { watchPage } from '@/lib/content/watch-page';
import { watchSend } from '@/lib/content/watch-send';
import { readGmailAccount } from '@/lib/sites/gmail/account';
import { readGmailCompose } from '@/lib/sites/gmail/compose';
import { readGmailPage } from '@/lib/sites/gmail/page';
import { sel } from '@/lib/sites/gmail/selectors';
import { gmailComposeSentBy } from '@/lib/sites/gmail/send';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  // At the end of parsing rather than at idle: the sidebar starts loading sooner; the page is read as it is drawn.
  runAt: 'document_end',
  main(ctx) {
    const sidebar = mountSidebar(ctx);
    watchPage(ctx, { site: 'gmail', detect: () => readGmailPage(document, location.href), sidebar, selectors: sel });
    watchSend(ctx, {
      sentBy: gmailComposeSentBy,
      read(root) {
        const account = readGmailAccount(document);
        const draft = readGmailCompose(root, account);
        if (!draft.people.length) return null;
        const { id: draftId, subject, people } = draft;
        return { site: 'gmail', draftId, subject, people, account, at: Date.now(), url: location.href };
      },
    });
  },
});
