import type { ComponentChildren } from 'preact';
import { type CardView, cardView } from '@/components/card-view';
import { InteractionList } from '@/components/InteractionList';
import { useI18n } from '@/components/i18n';
import { nextStepText } from '@/components/next-step-text';
import { QuickNote } from '@/components/QuickNote';
import { useChange } from '@/components/shell/use-change';
import { StageBadge, TierBadge } from '@/components/TierBadge';
import type { ContactCard, OpenComplaintSummary } from '@/lib/db/contacts/cards';
import { rpc } from '@/lib/protocol/client';
import { QuickActions } from './QuickActions';

/** Who this person is to the user, at a glance: tier, stage, value, open complaint, next step, last touches. */
export function PersonCard({
  card,
  children,
}: {
  card: ContactCard;
  /** Extras from the page the card is shown on (site actions). */
  children?: ComponentChildren;
}) {
  const i18n = useI18n();
  const { t, date } = i18n;
  const { done } = useChange();
  const { contact, recent, notes, openComplaints } = card;
  const insights = contact.insights;
  const view = cardView(contact);
  return (
    <article class="card" data-contact-id={contact.id} aria-label={contact.name}>
      <header>
        <h3 class="name">{contact.name}</h3>
        <p class="sub">
          {[contact.title, contact.orgName].filter(Boolean).join(' · ')}
          {contact.emails[0] ? <span class="email">{contact.emails[0]}</span> : null}
        </p>
        <p class="badges">
          <TierBadge tier={view.tier} prospect={view.prospect} />
          <StageBadge stage={insights?.stage} />
          {insights?.risk && insights.risk !== 'low' ? (
            <span class={`badge risk-${insights.risk}`} data-risk={insights.risk}>
              {t(`risk.${insights.risk}`)}
            </span>
          ) : null}
          {contact.bad ? <span class="badge bad">{t('card.bad')}</span> : null}
          {contact.neverLog ? <span class="badge muted">{t('card.neverLog')}</span> : null}
        </p>
        {contact.owner ? <p class="owner small muted">{t('card.owner', { name: contact.owner })}</p> : null}
        <Figures view={view} tierSource={insights?.tierSource} method={insights?.method} />
      </header>
      {openComplaints.length ? <OpenComplaints complaints={openComplaints} /> : null}
      <section aria-label={t('card.nextStep')}>
        <h4>{t('card.nextStep')}</h4>
        {contact.nextStep ? (
          <p class="next-step">
            {nextStepText(i18n, contact.nextStep)}{' '}
            <span class="muted">{t('card.due', { date: date(contact.nextStep.due) })}</span>
          </p>
        ) : (
          <p class="muted">{t('card.noNextStep')}</p>
        )}
      </section>
      <QuickActions contact={contact} />
      <section aria-label={t('card.recent')}>
        <h4>{t('card.recent')}</h4>
        <InteractionList interactions={recent} />
      </section>
      {notes.length > 0 ? (
        <section aria-label={t('card.notes')}>
          <h4>{t('card.notes')}</h4>
          <ul class="notes">
            {notes.map((n) => (
              <li key={n.id}>{n.text}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {children}
      <QuickNote
        contactId={contact.id}
        label={t('note.label', { name: contact.name })}
        onSaved={(message, note) => done(message, () => rpc('notes.delete', { id: note.id }))}
      />
    </article>
  );
}

function OpenComplaints({ complaints }: { complaints: OpenComplaintSummary[] }) {
  const { t, date } = useI18n();
  const [newest, ...more] = complaints;
  if (!newest) return null;
  return (
    <section class="open-complaint" aria-label={t('sidebar.sidebar.openComplaint', { category: newest.category })}>
      <p>
        <strong>{t('sidebar.sidebar.openComplaint', { category: newest.category })}</strong>{' '}
        <span class={`badge severity-${newest.severity}`}>{t(`card.severity.${newest.severity}`)}</span>
      </p>
      <p class="small muted">
        {t('card.complaint.received', { date: date(newest.receivedAt) })}
        {more.length ? ` · ${t('sidebar.sidebar.moreComplaints', { count: more.length })}` : null}
      </p>
    </section>
  );
}

/** Role and account, figures, what is not known yet, and the measured reasons. */
function Figures({
  view,
  tierSource,
  method,
}: {
  view: CardView;
  tierSource: 'computed' | 'override' | undefined;
  method: 'bgnbd' | 'rfm' | 'none' | undefined;
}) {
  const { t, money, percent } = useI18n();
  const { reasons, missing } = view;
  const hasFigures = view.value !== undefined || view.clv !== undefined || view.pAlive !== undefined;
  return (
    <>
      {view.role ? (
        <p class="role small">
          {view.orgName
            ? t('card.roleAt', { role: t(`role.${view.role}`), org: view.orgName })
            : t(`role.${view.role}`)}
        </p>
      ) : null}
      {view.accountTier && view.orgName ? (
        <p class="muted small">{t('card.accountTier', { org: view.orgName })}</p>
      ) : null}
      {hasFigures ? (
        <p class="figures">
          {view.value !== undefined ? <span>{t('card.value', { value: money(view.value) })}</span> : null}
          {view.clv !== undefined ? <span>{t('card.clv', { value: money(view.clv) })}</span> : null}
          {view.pAlive !== undefined ? <span>{t('card.pAlive', { percent: percent(view.pAlive) })}</span> : null}
        </p>
      ) : null}
      {missing.length > 0 ? (
        <p class="missing muted small">
          {t('card.missing', { items: missing.map((m) => t(`missing.${m}`)).join(t('missing.separator')) })}
        </p>
      ) : null}
      {method === 'rfm' ? <p class="muted small">{t('card.rfmFallback')}</p> : null}
      {tierSource === 'override' ? <p class="muted small">{t('card.tierOverride')}</p> : null}
      {reasons.length > 0 ? (
        <ul class="reasons" aria-label={t('card.why')}>
          {reasons.map((r) => (
            <li key={r.code}>{t(`reason.${r.code}`, r.params)}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

export function UnknownPersonCard(props: {
  name: string;
  email: string;
  busy: boolean;
  onAdd(): void;
  /** Headline and organisation as the page shows them. */
  detail?: string;
  profileUrl?: string;
  children?: ComponentChildren;
}) {
  const { t } = useI18n();
  const label = props.name || props.email;
  return (
    <article class="card unknown" aria-label={label}>
      <header>
        <h3 class="name">{label}</h3>
        <p class="sub">
          {props.detail ? <span class="detail">{props.detail}</span> : null}
          {props.email ? <span class="email">{props.email}</span> : null}
          {props.profileUrl ? (
            <a class="profile" href={props.profileUrl} target="_blank" rel="noopener noreferrer">
              {t('sidebar.profileLink', { name: label })}
            </a>
          ) : null}
        </p>
        <p class="badges">
          <span class="badge badge-none">{t('card.unknown')}</span>
        </p>
      </header>
      {props.children}
      <button type="button" class="primary" disabled={props.busy} onClick={props.onAdd}>
        {t('card.add')}
      </button>
    </article>
  );
}
