import { useI18n } from '@/components/i18n';
import { useChange } from '@/components/shell/use-change';
import type { ContactDetail } from '@/lib/db/contacts/detail';
import { rpc } from '@/lib/protocol/client';
import { Panel } from './Panel';
import { ReasonList } from './ReasonList';

/** How likely the customer is to leave, and the win-back playbook of their tier. */
export function WinBackPanel({ detail }: { detail: ContactDetail }) {
  const { t, date, percent } = useI18n();
  const { busy, run, done } = useChange();
  const found = detail.winBack;
  const contact = detail.contact;
  const apply = () =>
    run(async () => {
      const applied = await rpc('contacts.applyWinBack', { contactId: contact.id });
      const step = applied.contact.nextStep;
      const text = step?.code
        ? t('dashboard.winBack.applied', { step: t(`card.winBack.step.${step.code}`), date: date(step.due) })
        : t('card.nextStep.saved');
      done(text, () => rpc('contacts.setNextStep', { id: contact.id, nextStep: applied.previous }));
    });
  return (
    <Panel id="win-back" title={t('dashboard.winBack.title')}>
      {found ? (
        <>
          <p class="badges">
            <span class={`badge risk-${found.risk.level}`}>{t(`risk.${found.risk.level}`)}</span>
            <span class="small">{t('dashboard.winBack.riskScore', { percent: percent(found.risk.score) })}</span>
          </p>
          <ReasonList label={t('dashboard.header.riskReasons')} reasons={found.risk.reasons} />
          <p>
            <strong>{t(`dashboard.winBack.strategy.${found.plan.strategy}`)}</strong>
          </p>
          {found.plan.steps.length === 0 ? (
            <p class="muted">{t('dashboard.winBack.noSteps')}</p>
          ) : (
            <>
              <ol class="win-back-steps">
                {found.plan.steps.map((s) => (
                  <li key={s.code}>
                    {t('dashboard.atRisk.stepDue', { step: t(`card.winBack.step.${s.code}`), date: date(s.dueAt) })}
                  </li>
                ))}
              </ol>
              <button type="button" class="primary" disabled={busy} onClick={apply}>
                {t('dashboard.winBack.apply')}
              </button>
            </>
          )}
        </>
      ) : (
        <p class="muted">{t('dashboard.winBack.noInsights')}</p>
      )}
    </Panel>
  );
}
