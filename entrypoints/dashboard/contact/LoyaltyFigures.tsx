import { useI18n } from '@/components/i18n';
import type { LoyaltySummary } from '@/lib/db/complaints/feedback';

/** Repeat rate, tenure, recommendation, complaint handling and satisfaction, as a definition list. */
export function LoyaltyFigures({ loyalty }: { loyalty: LoyaltySummary }) {
  const { t, percent } = useI18n();
  const { indicators, satisfaction, csat, nps, latestNps } = loyalty;
  const none = t('dashboard.none');
  const rows: [string, string][] = [
    [t('dashboard.loyalty.index'), t('dashboard.loyalty.indexValue', { index: indicators.index })],
    [
      t('dashboard.loyalty.repeatRate'),
      t('dashboard.loyalty.repeatValue', { repeats: indicators.repeatPurchases, rate: percent(indicators.repeatRate) }),
    ],
    [t('dashboard.loyalty.tenure'), t('dashboard.days', { days: indicators.tenureDays })],
    [
      t('dashboard.loyalty.recommendation'),
      indicators.recommendation && latestNps !== null
        ? t('dashboard.loyalty.latestAnswer', {
            kind: t(`dashboard.recommendation.${indicators.recommendation}`),
            score: latestNps,
          })
        : none,
    ],
    [
      t('dashboard.loyalty.shareOfWallet'),
      indicators.shareOfWallet === null ? none : percent(indicators.shareOfWallet),
    ],
    [
      t('dashboard.loyalty.complaints'),
      t('dashboard.loyalty.complaintsValue', {
        well: loyalty.complaintsHandledWell,
        badly: loyalty.complaintsHandledBadly,
      }),
    ],
    [
      t('dashboard.loyalty.satisfaction'),
      satisfaction?.level ? t(`dashboard.satisfaction.${satisfaction.level}`) : none,
    ],
    [t('dashboard.loyalty.csat'), csat.csat === null ? none : percent(csat.csat / 100)],
    [t('dashboard.loyalty.nps'), nps.nps === null ? none : String(Math.round(nps.nps))],
  ];
  return (
    <dl class="figures-list" aria-label={t('dashboard.loyalty.title')}>
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
