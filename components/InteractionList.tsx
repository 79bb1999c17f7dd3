import type { ComponentChildren } from 'preact';
import type { Interaction } from '@/lib/schema/records';
import { useI18n } from './i18n';

/** Touches as a timeline, newest first: when, by which channel and which way, and about what. */
export function InteractionList({
  interactions,
  actions,
}: {
  interactions: Interaction[];
  /** What the page offers on each interaction (the dashboard: keep it private). */
  actions?: (interaction: Interaction) => ComponentChildren;
}) {
  const { t, date } = useI18n();
  if (interactions.length === 0) return <p class="muted">{t('card.noInteractions')}</p>;
  return (
    <ol class="timeline">
      {interactions.map((i) => (
        <li key={i.id} data-channel={i.channel} data-direction={i.direction}>
          <time class="when" dateTime={new Date(i.at).toISOString()}>
            {date(i.at)}
          </time>{' '}
          <span class="what">
            {t(`channel.${i.channel}`)} · {t(`direction.${i.direction}`)}
          </span>
          {i.subject ? <span class="subject">{i.subject}</span> : null}
          {i.createdBy ? <span class="muted small"> {t('card.by', { name: i.createdBy })}</span> : null}
          {i.private ? <span class="badge muted">{t('note.privateBadge')}</span> : null}
          {actions?.(i)}
        </li>
      ))}
    </ol>
  );
}
