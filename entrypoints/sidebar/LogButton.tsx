import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { rpc } from '@/lib/messaging/client';
import type { DetectedPage } from '@/lib/sites/types';
import { useActions } from './actions';

/** One click logs every message of the thread for every participant; Undo takes it back. */
export function LogButton(props: { page: DetectedPage; onLogged(): Promise<void> }) {
  const i18n = useI18n();
  const { show, fail } = useActions();
  const [busy, setBusy] = useState(false);
  const { page } = props;

  const log = async () => {
    setBusy(true);
    try {
      const result = await rpc('thread.log', {
        site: page.site,
        account: page.account,
        people: page.people,
        messages: page.messages,
        url: page.url,
        ...(page.threadId ? { threadId: page.threadId } : {}),
        ...(page.subject ? { subject: page.subject } : {}),
      });
      await props.onLogged();
      if (result.interactionIds.length === 0) return show(i18n.t('log.nothingNew'));
      const people = new Set(page.people.map((p) => p.email)).size;
      show(i18n.t('log.done', { count: result.interactionIds.length, people }), {
        undo: async () => {
          try {
            await rpc('log.undo', {
              interactionIds: result.interactionIds,
              createdContactIds: result.createdContactIds,
            });
            await props.onLogged();
            show(i18n.t('log.undone'));
          } catch (e) {
            fail(e);
          }
        },
      });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <button type="button" class="primary log" disabled={busy} onClick={log}>
      {i18n.t('log.buttonCount', { count: page.messages.length })}
    </button>
  );
}
