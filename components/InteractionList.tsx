import type { Interaction } from '@/lib/schema/records';
import { useI18n } from './i18n';

export function InteractionList({ interactions }: { interactions: Interaction[] }) {
  const { t, date } = useI18n();
  if (interactions.length === 0) return <p class="muted">{t('card.noInteractions')}</p>;
  return (
    <ul class="timeline">
      {interactions.map((i) => (
        <li key={i.id}>
          <span class="when">{date(i.at)}</span>{' '}
          <span class="what">
            {t(`channel.${i.channel}`)} · {t(`direction.${i.direction}`)}
          </span>
          {i.subject ? <span class="subject">{i.subject}</span> : null}
        </li>
      ))}
    </ul>
  );
}
