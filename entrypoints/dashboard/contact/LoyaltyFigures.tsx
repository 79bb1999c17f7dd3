import { useI18n } from '@/components/i18n';
import type { LoyaltySummary } from '@/lib/db/complaints/feedback';

/** Repeat rate, tenure, recommendation, complaint handling and satisfaction, as a definition list. */
export function LoyaltyFigures({ loyalty }: { loyalty: LoyaltySummary }) {
  const { t, percent } = useI18n();
  const { indicators, satisfaction, csat, nps, latestNps } = loyalty;
  const none = t('crm.none');
  const rows: [string, string][] = [
    [t('crm.loyalty.index'), t('crm.loyalty.indexValue', { index: indicators.index })],
    [
      t('crm.loyalty.repeatRate'),
      t('crm.loyalty.repeatValue', { repeats: indicators.repeatPurchases, rate: percent(indicators.repeatRate) }),
    ],
    [t('crm.loyalty.tenure'), t('crm.days', { days: indicators.tenureDays })],
    [
      t('crm.loyalty.recommendation'),
      indicators.recommendation && latestNps !== null
        ? t('crm.loyalty.latestAnswer', {
            kind: t(`crm.recommendation.${indicators.recommendation}`),
            score: latestNps,
          })
        : none,
    ],
    [t('crm.loyalty.shareOfWallet'), indicators.shareOfWallet === null ? none : percent(indicators.shareOfWallet)],
    [
      t('crm.loyalty.complaints'),
      t('crm.loyalty.complaintsValue', { well: loyalty.complaintsHandledWell, badly: loyalty.complaintsHandledBadly }),
    ],
    [t('crm.loyalty.satisfaction'), satisfaction?.level ? t(`crm.satisfaction.${satisfaction.level}`) : none],
    [t('crm.loyalty.csat'), csat.csat === null ? none : percent(csat.csat / 100)],
    [t('crm.loyalty.nps'), nps.nps === null ? none : String(Math.round(nps.nps))],
  ];
  return (
    <dl class="figures-list" aria-label={t('crm.loyalty.title')}>
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
