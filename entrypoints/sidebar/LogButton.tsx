import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { logRequestOf } from '@/lib/pages/log-request';
import { rpc } from '@/lib/protocol/client';
import type { DetectedPage } from '@/lib/sites/types';
import { useLogWithUndo } from './use-log-with-undo';

/**
 * One click logs every message of the thread for every participant; Undo takes it back. With "Private"
 * ticked the interactions stay on this machine: never given to the team.
 */
export function LogButton(props: { page: DetectedPage; onLogged(): Promise<void> }) {
  const i18n = useI18n();
  const { busy, log } = useLogWithUndo(props.onLogged);
  const [keepPrivate, setKeepPrivate] = useState(false);
  const { page } = props;
  const people = new Set(page.people.map((p) => p.email)).size;

  const logThread = () =>
    log(
      () => rpc('interactions.logThread', { ...logRequestOf(page), ...(keepPrivate ? { private: true } : {}) }),
      (result) => {
        const count = result.interactionIds.length;
        if (!count) return i18n.t('log.nothingNew');
        return i18n.t(keepPrivate ? 'sidebar.log.donePrivate' : 'log.done', { count, people });
      },
    );

  return (
    <>
      <button type="button" class="primary log" disabled={busy} onClick={logThread}>
        {i18n.t('log.buttonCount', { count: page.messages.length })}
      </button>
      <label class="log-private small">
        <input
          type="checkbox"
          checked={keepPrivate}
          disabled={busy}
          onChange={(e) => setKeepPrivate(e.currentTarget.checked)}
        />{' '}
        {i18n.t('sidebar.log.private')}
      </label>
    </>
  );
}
