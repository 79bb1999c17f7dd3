import { useI18n } from '@/components/i18n';
import { rpc } from '@/lib/protocol/client';
import type { DetectedPage, DetectedPerson } from '@/lib/sites/types';
import { useLogWithUndo } from './use-log-with-undo';

const KINDS = ['message', 'connection', 'comment', 'visit'] as const;
type Kind = (typeof KINDS)[number];

/**
 * One click logs a LinkedIn touch with these people (saving them if they are new). In a messaging thread,
 * the conversation's messages, each once; elsewhere the kind of touch, once a day.
 */
export function LinkedInTouches(props: { page: DetectedPage; people: DetectedPerson[]; onLogged(): Promise<void> }) {
  const i18n = useI18n();
  const { busy, log } = useLogWithUndo(props.onLogged);
  const { page, people } = props;
  const thread = page.kind === 'thread' && page.messages.length > 0;

  const logTouch = (kind: Kind) => {
    const what = i18n.t(`sidebar.touch.${kind}`);
    return log(
      () =>
        rpc('interactions.logLinkedIn', {
          kind,
          people,
          url: page.url,
          subject: thread ? (page.subject ?? what) : what,
          ...(thread ? { messages: page.messages } : {}),
          ...(page.threadId ? { threadId: page.threadId } : {}),
        }),
      (result) => {
        const count = result.interactionIds.length;
        if (!count) return i18n.t(result.neverLogged ? 'sidebar.touch.neverLogged' : 'sidebar.touch.nothingNew');
        return thread ? i18n.t('sidebar.touch.doneMessages', { count }) : i18n.t('sidebar.touch.done', { what });
      },
    );
  };

  if (thread) {
    return (
      <button type="button" class="primary log" disabled={busy} onClick={() => logTouch('message')}>
        {i18n.t('sidebar.touch.conversation', { count: page.messages.length })}
      </button>
    );
  }
  return (
    <fieldset class="touches">
      <legend>{i18n.t('sidebar.touch.title')}</legend>
      {KINDS.map((kind) => (
        <button key={kind} type="button" disabled={busy} onClick={() => logTouch(kind)}>
          {i18n.t(`sidebar.touch.${kind}`)}
        </button>
      ))}
    </fieldset>
  );
}
