import { useI18n } from '@/components/i18n';
import { useFeedback } from '@/components/shell/feedback';
import { NotReady } from '@/components/shell/NotReady';
import { useRpc } from '@/components/shell/use-rpc';
import { TierBadge } from '@/components/TierBadge';
import type { AtRiskItem } from '@/lib/db/contacts/at-risk';
import { rpc } from '@/lib/protocol/client';
import { errorText } from '@/lib/protocol/error-text';
import { ReasonList } from '../contact/ReasonList';
import { hrefOf } from '../route';
import { WinBackResults } from './WinBackResults';
import '../panels.css';

const LIST_LIMIT = 200;

/** Who may be leaving, the most at stake first, and the win-back plan of each one's tier. */
export function AtRiskView() {
  const i18n = useI18n();
  const { t } = i18n;
  const { loaded, reload } = useRpc(() => rpc('contacts.atRisk', { limit: LIST_LIMIT }), 'all');
  const feedback = useFeedback();

  const apply = async (item: AtRiskItem) => {
    try {
      const applied = await rpc('contacts.applyWinBack', { contactId: item.id });
      const step = applied.contact.nextStep;
      feedback.offerUndo(
        step?.code
          ? t('dashboard.winBack.applied', { step: t(`card.winBack.step.${step.code}`), date: i18n.date(step.due) })
          : t('card.nextStep.saved'),
        {
          undo: () => rpc('contacts.setNextStep', { id: item.id, nextStep: applied.previous }),
          undone: t('common.undone'),
          describe: errorText,
        },
      );
      reload();
    } catch (error) {
      feedback.fail(error, errorText);
    }
  };

  return (
    <section aria-labelledby="at-risk-title">
      <h2 id="at-risk-title">{t('dashboard.view.AtRisk')}</h2>
      <p class="muted">{t('dashboard.atRisk.intro')}</p>
      <NotReady loaded={loaded} />
      {loaded.state === 'ready' && loaded.value.length === 0 ? <p>{t('dashboard.atRisk.none')}</p> : null}
      {loaded.state === 'ready' && loaded.value.length > 0 ? (
        <AtRiskTable items={loaded.value} onApply={apply} />
      ) : null}
      <WinBackResults />
    </section>
  );
}

function AtRiskTable({ items, onApply }: { items: AtRiskItem[]; onApply(item: AtRiskItem): void }) {
  const { t, money, percent, date } = useI18n();
  const none = t('dashboard.none');
  return (
    <table class="crm-table at-risk">
      <thead>
        <tr>
          <th scope="col">{t('dashboard.atRisk.col.name')}</th>
          <th scope="col">{t('dashboard.atRisk.col.tier')}</th>
          <th scope="col">{t('dashboard.atRisk.col.atStake')}</th>
          <th scope="col">{t('dashboard.atRisk.col.why')}</th>
          <th scope="col">{t('dashboard.atRisk.col.value')}</th>
          <th scope="col">{t('dashboard.atRisk.col.pAlive')}</th>
          <th scope="col">{t('dashboard.atRisk.col.silence')}</th>
          <th scope="col">{t('dashboard.atRisk.col.strategy')}</th>
          <th scope="col">{t('dashboard.atRisk.col.firstStep')}</th>
          <th scope="col">{t('dashboard.atRisk.col.action')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const first = item.plan.steps[0];
          const silence =
            item.silenceDays === null
              ? none
              : item.rhythmDays === null
                ? t('dashboard.atRisk.silenceNoRhythm', { days: item.silenceDays })
                : t('dashboard.atRisk.silence', { days: item.silenceDays, usual: Math.round(item.rhythmDays) });
          return (
            <tr key={item.id} data-contact-id={item.id} data-risk={item.risk.level}>
              <th scope="row">
                <a href={hrefOf({ view: 'contact', id: item.id })}>{item.name}</a>
                {item.orgName ? <span class="muted small"> · {item.orgName}</span> : null}
              </th>
              <td>
                <TierBadge tier={item.tier} />
              </td>
              <td class="number" data-at-stake>
                {t('dashboard.atRisk.perYear', { value: money(item.valueAtStake) })}
              </td>
              <td class="why">
                <ReasonList label={t('dashboard.atRisk.reasonsFor', { name: item.name })} reasons={item.risk.reasons} />
              </td>
              <td class="number">
                {money(item.value)}
                {item.clv !== undefined ? <span class="muted small"> / {money(item.clv)}</span> : null}
              </td>
              <td class="number">{item.pAlive === undefined ? none : percent(item.pAlive)}</td>
              <td class="number">{silence}</td>
              <td>{t(`dashboard.winBack.strategy.${item.plan.strategy}`)}</td>
              <td>
                {first
                  ? t('dashboard.atRisk.stepDue', {
                      step: t(`card.winBack.step.${first.code}`),
                      date: date(first.dueAt),
                    })
                  : none}
              </td>
              <td>
                {first ? (
                  <button
                    type="button"
                    aria-label={t('dashboard.winBack.applyFor', { name: item.name })}
                    onClick={() => onApply(item)}
                  >
                    {t('dashboard.winBack.apply')}
                  </button>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
