import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { type Changes, ChangesContext } from '@/components/crm/changes';
import { useI18n } from '@/components/i18n';
import { errorText } from '@/lib/protocol/error-text';
import { useActions } from './actions';

/** A change made on a card refreshes the cards and lands in the sidebar's toast, with Undo when it has one. */
export function SidebarChanges(props: { onChanged(): Promise<void>; children: ComponentChildren }) {
  const i18n = useI18n();
  const { show } = useActions();
  const { onChanged } = props;
  const changes = useMemo<Changes>(() => {
    const failed = (error: unknown) => show(errorText(i18n, error), { tone: 'error' });
    const undoThen = (undo: () => Promise<unknown>) => async () => {
      try {
        await undo();
        await onChanged();
        show(i18n.t('crm.undone'));
      } catch (error) {
        failed(error);
      }
    };
    return {
      done(text, undo) {
        show(text, undo ? { undo: undoThen(undo) } : {});
        onChanged().catch(failed);
      },
      failed,
    };
  }, [i18n, show, onChanged]);
  return <ChangesContext.Provider value={changes}>{props.children}</ChangesContext.Provider>;
}
