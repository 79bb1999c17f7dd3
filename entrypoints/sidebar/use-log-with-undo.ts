import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { rpc } from '@/lib/protocol/client';
import { useActions } from './actions';

/** What every log verb answers: what it wrote, so that Undo can take exactly that back. */
export interface LoggedWrites {
  interactionIds: string[];
  createdContactIds: string[];
}

/**
 * Logs, refreshes the cards, and says what happened; when something was written, the toast offers Undo,
 * which removes those interactions and the contacts the log created.
 */
export function useLogWithUndo(onLogged: () => Promise<void>) {
  const i18n = useI18n();
  const { show, fail } = useActions();
  const [busy, setBusy] = useState(false);

  const undo = async (writes: LoggedWrites) => {
    try {
      await rpc('interactions.undoLog', {
        interactionIds: writes.interactionIds,
        createdContactIds: writes.createdContactIds,
      });
      await onLogged();
      show(i18n.t('log.undone'));
    } catch (e) {
      fail(e);
    }
  };

  const log = async <R extends LoggedWrites>(send: () => Promise<R>, describe: (result: R) => string) => {
    setBusy(true);
    try {
      const result = await send();
      await onLogged();
      if (result.interactionIds.length === 0) show(describe(result));
      else show(describe(result), { undo: () => undo(result) });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  return { busy, log };
}
