import { mountEarly } from '@/lib/content/mount-early';
import { watchPage } from '@/lib/content/watch-page';
import { watchSend } from '@/lib/content/watch-send';
import { readGmailAccount } from '@/lib/sites/gmail/account';
import { readGmailCompose } from '@/lib/sites/gmail/compose';
import { readGmailPage } from '@/lib/sites/gmail/page';
import { sel } from '@/lib/sites/gmail/selectors';
import { gmailComposeSentBy } from '@/lib/sites/gmail/send';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  // The sidebar's frame starts loading as soon as the document exists; the page is read once parsed, as it is drawn.
  runAt: 'document_start',
  main(ctx) {
    mountEarly(ctx, (sidebar) => {
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
    });
  },
});
