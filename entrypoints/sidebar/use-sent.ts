import { useEffect } from 'preact/hooks';
import type * as z from 'zod/mini';
import type { Feedback } from '@/components/shell/feedback';
import type { I18n } from '@/lib/i18n';
import { rpc } from '@/lib/protocol/client';
import type { SentEmail } from '@/lib/schema/page';
import { onTabEvent } from './tab-port';

/**
 * Logs the emails the content script of our tab saw being sent, as the background hands them on (it told the
 * content script they arrived); logging is idempotent, so a repeat adds nothing.
 */
export function useSentEmails(tabId: number | undefined, i18n: I18n, feedback: Feedback, onLogged: () => void) {
  useEffect(() => {
    if (tabId === undefined) return;
    const log = async (email: z.infer<typeof SentEmail>) => {
      try {
        const result = await rpc('interactions.logSent', email);
        onLogged();
        // Nobody saved among the recipients: a private email, nothing to say.
        if (!result.interactionIds.length) return;
        const people = result.loggedFor.join(', ');
        feedback.offerUndo(i18n.t('sidebar.sent.logged', { people }), {
          undo: () =>
            rpc('interactions.undoLog', {
              interactionIds: result.interactionIds,
              createdContactIds: result.createdContactIds,
            }).finally(onLogged),
          undone: i18n.t('log.undone'),
        });
      } catch (e) {
        feedback.fail(e);
      }
    };
    return onTabEvent((event) => {
      if (event.event === 'sent') log(event.email);
    });
  }, [tabId, i18n, feedback, onLogged]);
}
