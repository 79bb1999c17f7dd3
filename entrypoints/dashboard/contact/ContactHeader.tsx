import { cardView } from '@/components/card-view';
import { useI18n } from '@/components/i18n';
import { StageBadge, TierBadge } from '@/components/TierBadge';
import type { ContactDetail } from '@/lib/db/contacts/detail';
import { Authors } from './Authors';
import { ReasonList } from './ReasonList';

/** Who this is and what they are worth: badges, figures and why. */
export function ContactHeader({ detail }: { detail: ContactDetail }) {
  const { t, money, percent } = useI18n();
  const { contact } = detail;
  const insights = contact.insights;
  const org = detail.organisation?.organisation;
  const view = cardView({ ...contact, orgName: org?.name ?? contact.orgName });
  return (
    <header class="contact-header">
      <h2 id="contact-name">{contact.name}</h2>
      <p class="sub">
        {[contact.title, org?.name ?? contact.orgName].filter(Boolean).join(' · ')}
        {contact.emails.length > 0 ? <span class="email"> {contact.emails.join(', ')}</span> : null}
      </p>
      <p class="badges">
        <TierBadge tier={view.tier} prospect={view.prospect} />
        {view.role ? (
          <span class="badge role" data-role={view.role}>
            {t(`role.${view.role}`)}
          </span>
        ) : null}
        <StageBadge stage={insights?.stage} />
        {insights?.risk ? (
          <span class={`badge risk-${insights.risk}`} data-risk={insights.risk}>
            {t(`risk.${insights.risk}`)}
          </span>
        ) : null}
        {contact.bad ? <span class="badge bad">{t('card.bad')}</span> : null}
        {contact.neverLog ? <span class="badge muted">{t('card.neverLog')}</span> : null}
      </p>
      <Authors record={contact} />
      {insights ? (
        <>
          <p class="figures">
            {view.value !== undefined ? <span>{t('card.value', { value: money(view.value) })}</span> : null}
            {view.clv !== undefined ? <span>{t('card.clv', { value: money(view.clv) })}</span> : null}
            {view.pAlive !== undefined ? <span>{t('card.pAlive', { percent: percent(view.pAlive) })}</span> : null}
          </p>
          {view.accountTier && view.orgName ? (
            <p class="muted small">{t('card.accountTier', { org: view.orgName })}</p>
          ) : null}
          {view.missing.length > 0 ? (
            <p class="missing muted small">
              {t('card.missing', {
                items: view.missing.map((m) => t(`missing.${m}`)).join(t('missing.separator')),
              })}
            </p>
          ) : null}
          {insights.method === 'rfm' ? <p class="muted small">{t('card.rfmFallback')}</p> : null}
          {contact.tierOverride ? (
            <p class="small override-note" data-override="tier">
              {t('dashboard.header.overrideTier', { reason: contact.tierOverride.reason })}
            </p>
          ) : null}
          {contact.stageOverride ? (
            <p class="small override-note" data-override="stage">
              {t('dashboard.header.overrideStage', { reason: contact.stageOverride.reason })}
            </p>
          ) : null}
          <div class="why">
            <ReasonList label={t('dashboard.header.stageReasons')} reasons={insights.stageReasons} />
            <ReasonList label={t('dashboard.header.riskReasons')} reasons={insights.riskReasons} />
            <ReasonList label={t('dashboard.header.valueReasons')} reasons={insights.valueReasons ?? []} />
          </div>
        </>
      ) : null}
    </header>
  );
}
