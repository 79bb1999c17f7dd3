import './home-lists.css';
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '@/lib/i18n';
import { cardEn } from '@/lib/i18n/areas/card';
import { rpc, type VerbOutput } from '@/lib/protocol/client';
import { useI18n } from './i18n';
import { TierBadge } from './TierBadge';

type FollowUp = VerbOutput<'contacts.followUps'>[number];
type AtRisk = VerbOutput<'contacts.atRisk'>[number];
type Loaded<T> = { status: 'loading' } | { status: 'ready'; items: T[] } | { status: 'failed' };

function useList<T>(load: () => Promise<T[]>): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  useEffect(() => {
    load().then(
      (items) => setState({ status: 'ready', items }),
      () => setState({ status: 'failed' }),
    );
  }, []);
  return state;
}

const contactUrl = (id: string) => browser.runtime.getURL(`/dashboard.html#contact/${encodeURIComponent(id)}`);

function Person(props: { id: string; name: string; orgName: string | undefined }) {
  const { t } = useI18n();
  return (
    <>
      <a href={contactUrl(props.id)} target="_blank" rel="noopener" title={t('card.home.open', { name: props.name })}>
        {props.name}
      </a>
      {props.orgName ? <small class="muted"> · {props.orgName}</small> : null}
    </>
  );
}

/** Who to get back to today: planned next steps and tier cadence. */
export function FollowUps({ limit }: { limit: number }) {
  const { t } = useI18n();
  const state = useList(() => rpc('contacts.followUps', { withinDays: 0, limit }));
  const stepText = (f: FollowUp) => {
    const key = f.code ? `card.winBack.step.${f.code}` : '';
    if (Object.hasOwn(cardEn, key)) return t(key as MessageKey);
    return f.text ?? (f.cadenceDays ? t('card.home.cadence', { days: f.cadenceDays }) : '');
  };
  return (
    <section aria-label={t('card.home.followUps')}>
      <h2 class="subject">{t('card.home.followUps')}</h2>
      <List state={state} empty={t('card.home.noFollowUps')}>
        {(f: FollowUp) => (
          <li key={`${f.contactId}:${f.kind}`}>
            <Person id={f.contactId} name={f.name} orgName={f.orgName} />{' '}
            <TierBadge tier={f.tier} prospect={f.prospect} />
            <small class="muted">
              {' '}
              {stepText(f)} ·{' '}
              {f.overdueDays > 0 ? t('card.home.overdue', { days: f.overdueDays }) : t('card.home.dueToday')}
            </small>
          </li>
        )}
      </List>
    </section>
  );
}

/** Who is slipping away, the most at stake first. */
export function AtRiskList({ limit }: { limit: number }) {
  const { t } = useI18n();
  const state = useList(() => rpc('contacts.atRisk', { limit }));
  return (
    <section aria-label={t('card.home.atRisk')}>
      <h2 class="subject">{t('card.home.atRisk')}</h2>
      <List state={state} empty={t('card.home.noAtRisk')}>
        {(a: AtRisk) => (
          <li key={a.id}>
            <Person id={a.id} name={a.name} orgName={a.orgName} /> <TierBadge tier={a.tier} />{' '}
            <span class={`badge risk-${a.risk.level}`}>{t(`risk.${a.risk.level}`)}</span>
            {a.silenceDays !== null ? (
              <small class="muted"> {t('card.home.silent', { days: a.silenceDays })}</small>
            ) : null}
          </li>
        )}
      </List>
    </section>
  );
}

function List<T>(props: { state: Loaded<T>; empty: string; children: (item: T) => JSX.Element }) {
  const { t } = useI18n();
  const { state } = props;
  if (state.status === 'loading') return null;
  if (state.status === 'failed') return <p class="muted">{t('card.home.unavailable')}</p>;
  if (!state.items.length) return <p class="muted">{props.empty}</p>;
  return <ul class="home-list">{state.items.map(props.children)}</ul>;
}
