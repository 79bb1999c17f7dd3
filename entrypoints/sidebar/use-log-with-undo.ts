import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { useFeedback } from '@/components/shell/feedback';
import { rpc } from '@/lib/protocol/client';

/** What every log verb answers: what it wrote, so that Undo can take exactly that back. */
export interface LoggedWrites {
  interactionIds: string[];
  createdContactIds: string[];
}

/**
 * Logs, refreshes the cards, and says what happened; when something was written, the message offers Undo,
 * which removes those interactions and the contacts the log created.
 */
export function useLogWithUndo(onLogged: () => Promise<void>) {
  const i18n = useI18n();
  const feedback = useFeedback();
  const [busy, setBusy] = useState(false);

  const log = async <R extends LoggedWrites>(send: () => Promise<R>, describe: (result: R) => string) => {
    setBusy(true);
    try {
      const result = await send();
      await onLogged();
      if (result.interactionIds.length === 0) feedback.say(describe(result));
      else {
        feedback.offerUndo(describe(result), {
          undo: async () => {
            await rpc('interactions.undoLog', {
              interactionIds: result.interactionIds,
              createdContactIds: result.createdContactIds,
            });
            await onLogged();
          },
          undone: i18n.t('log.undone'),
        });
      }
    } catch (e) {
      feedback.fail(e);
    } finally {
      setBusy(false);
    }
  };

  return { busy, log };
}
