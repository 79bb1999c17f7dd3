import { createContext } from 'preact';
import { useCallback, useContext, useState } from 'preact/hooks';
import { errorText } from '@/lib/protocol/error-text';
import { useI18n } from '../i18n';
import { useFeedback } from './feedback';

/** What a change made on a contact refreshes: the sidebar's cards, or the dashboard's contact page. */
export const AfterChange = createContext<() => Promise<void>>(async () => undefined);

/**
 * How a panel reports a saved change (with its undo, when easily reversible) or a refusal, through the page's
 * feedback; runs one change at a time.
 */
export function useChange() {
  const refresh = useContext(AfterChange);
  const feedback = useFeedback();
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const failed = useCallback((error: unknown) => feedback.fail(error, errorText), [feedback]);
  const done = useCallback(
    (text: string, undo?: () => Promise<unknown>) => {
      if (undo) {
        feedback.offerUndo(text, {
          undo: async () => {
            await undo();
            await refresh();
          },
          undone: t('common.undone'),
          describe: errorText,
        });
      } else feedback.say(text);
      refresh().catch(failed);
    },
    [feedback, refresh, t, failed],
  );
  const run = useCallback(
    async (work: () => Promise<void>) => {
      setBusy(true);
      try {
        await work();
      } catch (error) {
        failed(error);
      } finally {
        setBusy(false);
      }
    },
    [failed],
  );
  return { busy, run, done };
}
