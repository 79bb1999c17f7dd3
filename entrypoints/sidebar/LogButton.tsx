import { useI18n } from '@/components/i18n';
import { logRequestOf } from '@/lib/pages/log-request';
import { rpc } from '@/lib/protocol/client';
import type { DetectedPage } from '@/lib/sites/types';
import { useLogWithUndo } from './use-log-with-undo';

/** One click logs every message of the thread for every participant; Undo takes it back. */
export function LogButton(props: { page: DetectedPage; onLogged(): Promise<void> }) {
  const i18n = useI18n();
  const { busy, log } = useLogWithUndo(props.onLogged);
  const { page } = props;
  const people = new Set(page.people.map((p) => p.email)).size;

  const logThread = () =>
    log(
      () => rpc('interactions.logThread', logRequestOf(page)),
      (result) =>
        result.interactionIds.length
          ? i18n.t('log.done', { count: result.interactionIds.length, people })
          : i18n.t('log.nothingNew'),
    );

  return (
    <button type="button" class="primary log" disabled={busy} onClick={logThread}>
      {i18n.t('log.buttonCount', { count: page.messages.length })}
    </button>
  );
}
