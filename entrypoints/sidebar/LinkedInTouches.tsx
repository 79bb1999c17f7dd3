import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { rpc } from '@/lib/messaging/client';
import type { DetectedPage, DetectedPerson } from '@/lib/sites/types';
import { useActions } from './actions';

const KINDS = ['message', 'connection', 'comment', 'visit'] as const;
type Kind = (typeof KINDS)[number];

/**
 * One click logs a LinkedIn touch with these people (saving them if they are new). In a messaging thread,
 * the conversation's messages, each once; elsewhere the kind of touch, once a day.
 */
export function LinkedInTouches(props: { page: DetectedPage; people: DetectedPerson[]; onLogged(): Promise<void> }) {
  const i18n = useI18n();
  const { show, fail } = useActions();
  const [busy, setBusy] = useState(false);
  const { page, people } = props;
  const thread = page.kind === 'thread' && page.messages.length > 0;

  const log = async (kind: Kind) => {
    setBusy(true);
    try {
      const what = i18n.t(`sites.touch.${kind}`);
      const result = await rpc('linkedin.log', {
        kind,
        people,
        url: page.url,
        subject: thread ? (page.subject ?? what) : what,
        ...(thread ? { messages: page.messages } : {}),
        ...(page.threadId ? { threadId: page.threadId } : {}),
      });
      await props.onLogged();
      const count = result.interactionIds.length;
      if (!count) return show(i18n.t(result.neverLogged ? 'sites.touch.neverLogged' : 'sites.touch.nothingNew'));
      show(thread ? i18n.t('sites.touch.doneMessages', { count }) : i18n.t('sites.touch.done', { what }), {
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

  if (thread) {
    return (
      <button type="button" class="primary log" disabled={busy} onClick={() => log('message')}>
        {i18n.t('sites.touch.conversation', { count: page.messages.length })}
      </button>
    );
  }
  return (
    <fieldset class="touches">
      <legend>{i18n.t('sites.touch.title')}</legend>
      {KINDS.map((kind) => (
        <button key={kind} type="button" disabled={busy} onClick={() => log(kind)}>
          {i18n.t(`sites.touch.${kind}`)}
        </button>
      ))}
    </fieldset>
  );
}
