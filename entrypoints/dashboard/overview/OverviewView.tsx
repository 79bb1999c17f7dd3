import { useEffect, useState } from 'preact/hooks';
import { describeError, useI18n } from '@/components/i18n';
import { COMPLAINT_STEPS, STAGES, TIERS } from '@/lib/crm/types';
import { RISKS } from '@/lib/db/contacts/columns';
import { rpc, type VerbOutput } from '@/lib/protocol/client';
import { compactMoney, count } from '../format';
import { hrefOf } from '../route';
import { BarChart } from './BarChart';
import { Histogram } from './Histogram';
import { TierPyramid } from './TierPyramid';

type Summary = VerbOutput<'contacts.summary'>;

const RISK_TONE = { low: 'good', medium: 'warn', high: 'bad' } as const;

export function OverviewView({ onSeedDemo }: { onSeedDemo(): void }) {
  const i18n = useI18n();
  const { t, percent, locale } = i18n;
  const [summary, setSummary] = useState<Summary | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    rpc('contacts.summary', {}).then(setSummary, setError);
  }, []);

  if (error) return <p class="error">{describeError(i18n, error)}</p>;
  const n = (x: number) => count(locale, x);
  const contacts = (x: number) => t('dashboard.chart.contacts', { count: n(x) });
  return (
    <section aria-labelledby="overview-title" class="overview">
      <h2 id="overview-title">{t('dashboard.overview.title')}</h2>
      {!summary ? (
        <p class="muted" role="status">
          {t('dashboard.loading')}
        </p>
      ) : summary.total === 0 ? (
        <div class="empty">
          <p>{t('dashboard.overview.empty')}</p>
          <button type="button" class="primary" onClick={onSeedDemo}>
            {t('dashboard.action.seedDemo')}
          </button>
        </div>
      ) : (
        <>
          <Tiles summary={summary} />
          <div class="charts">
            <figure class="chart-card">
              <figcaption>
                <h3>{t('dashboard.chart.pyramid')}</h3>
              </figcaption>
              <div class="pyramid-row">
                <TierPyramid layers={TIERS.map((tier) => ({ tier, count: n(summary.tiers[tier].count) }))} />
                <PyramidTable summary={summary} />
              </div>
              <p class="small prospects-line" data-tier="prospect">
                <a class="tier-link" href={hrefOf({ view: 'contacts', filter: { tiers: ['prospect'] } })}>
                  {t('tier.prospect')}
                </a>{' '}
                {t('dashboard.chart.prospectsOutside', { count: n(summary.prospects) })}
              </p>
            </figure>
            <figure class="chart-card">
              <figcaption>
                <h3>{t('dashboard.chart.lifecycle')}</h3>
              </figcaption>
              <BarChart
                label={t('dashboard.chart.lifecycle')}
                bars={[...STAGES, 'none' as const].map((stage) => ({
                  key: stage,
                  label: stage === 'none' ? t('dashboard.notComputed') : t(`stage.${stage}`),
                  value: summary.stages[stage],
                  text: n(summary.stages[stage]),
                  tone: stage === 'none' ? 'muted' : stage === 'decline' ? 'warn' : 'accent',
                }))}
              />
            </figure>
            <figure class="chart-card">
              <figcaption>
                <h3>{t('dashboard.chart.clv')}</h3>
                <p class="muted small">{t('dashboard.chart.clvNote', { count: n(summary.clv.withoutPrediction) })}</p>
              </figcaption>
              <Histogram
                label={t('dashboard.chart.clv')}
                countText={contacts}
                columns={summary.clv.bins.map((bin) => ({
                  key: String(bin.from),
                  tick: compactMoney(locale, bin.from),
                  range:
                    bin.to === null
                      ? t('dashboard.chart.rangeFrom', { from: compactMoney(locale, bin.from) })
                      : t('dashboard.chart.range', {
                          from: compactMoney(locale, bin.from),
                          to: compactMoney(locale, bin.to),
                        }),
                  count: bin.count,
                }))}
              />
            </figure>
            <figure class="chart-card">
              <figcaption>
                <h3>{t('dashboard.chart.risk')}</h3>
              </figcaption>
              <BarChart
                label={t('dashboard.chart.risk')}
                bars={[...RISKS, 'none' as const].map((risk) => ({
                  key: risk,
                  label: risk === 'none' ? t('dashboard.notComputed') : t(`dashboard.risk.${risk}`),
                  value: summary.risks[risk],
                  text: n(summary.risks[risk]),
                  tone: risk === 'none' ? 'muted' : RISK_TONE[risk],
                }))}
              />
            </figure>
            <figure class="chart-card">
              <figcaption>
                <h3>{t('dashboard.chart.complaints')}</h3>
              </figcaption>
              <BarChart
                label={t('dashboard.chart.complaints')}
                bars={COMPLAINT_STEPS.map((step) => {
                  const { open, overdue } = summary.complaints[step];
                  return {
                    key: step,
                    label: t(`dashboard.step.${step}`),
                    value: open,
                    alert: overdue,
                    text: overdue ? t('dashboard.chart.openOverdue', { open: n(open), overdue: n(overdue) }) : n(open),
                  };
                })}
              />
            </figure>
          </div>
          <p class="muted small">{t('dashboard.overview.valueNote', { share: percent(keyShare(summary)) })}</p>
        </>
      )}
    </section>
  );
}

function keyShare(summary: Summary): number {
  const positive = (v: number) => Math.max(0, v);
  const total = TIERS.reduce((sum, tier) => sum + positive(summary.tiers[tier].value), 0);
  return total > 0 ? (positive(summary.tiers.S.value) + positive(summary.tiers.A.value)) / total : 0;
}

function Tiles({ summary }: { summary: Summary }) {
  const { t, locale } = useI18n();
  const n = (x: number) => count(locale, x);
  const open = COMPLAINT_STEPS.reduce((sum, step) => sum + summary.complaints[step].open, 0);
  const tiles = [
    { key: 'total', label: t('dashboard.tile.contacts'), value: n(summary.total), href: hrefOf({ view: 'contacts' }) },
    {
      key: 'key',
      label: t('dashboard.tile.key'),
      value: n(summary.tiers.S.count + summary.tiers.A.count),
      href: hrefOf({ view: 'contacts', filter: { tiers: ['S', 'A'] } }),
    },
    {
      key: 'risk',
      label: t('dashboard.tile.highRisk'),
      value: n(summary.risks.high),
      href: hrefOf({ view: 'contacts', filter: { risks: ['high'] } }),
    },
    { key: 'complaints', label: t('dashboard.tile.complaints'), value: n(open), href: hrefOf({ view: 'complaints' }) },
  ];
  const nps = summary.nps;
  const npsTile = {
    key: 'nps',
    label: t('dashboard.tile.nps', { count: n(nps.contacts) }),
    value: nps.nps === null ? '—' : String(Math.round(nps.nps)),
  };
  return (
    <ul class="tiles">
      {tiles.map((tile) => (
        <li key={tile.key}>
          <a class="tile" href={tile.href}>
            <span class="tile-value">{tile.value}</span>
            <span class="tile-label">{tile.label}</span>
          </a>
        </li>
      ))}
      <li key={npsTile.key}>
        <span class="tile" data-tile="nps">
          <span class="tile-value">{npsTile.value}</span>
          <span class="tile-label">{npsTile.label}</span>
        </span>
      </li>
    </ul>
  );
}

function PyramidTable({ summary }: { summary: Summary }) {
  const { t, percent, locale } = useI18n();
  const total = TIERS.reduce((sum, tier) => sum + Math.max(0, summary.tiers[tier].value), 0);
  return (
    <table class="pyramid-table">
      <caption class="visually-hidden">{t('dashboard.chart.pyramid')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dashboard.col.tier')}</th>
          <th scope="col">{t('dashboard.chart.contactsHeader')}</th>
          <th scope="col">{t('dashboard.chart.valueShare')}</th>
        </tr>
      </thead>
      <tbody>
        {TIERS.map((tier) => (
          <tr key={tier} data-tier={tier}>
            <th scope="row">
              <a class="tier-link" href={hrefOf({ view: 'contacts', filter: { tiers: [tier] } })}>
                {t(`tier.${tier}`)}
              </a>
            </th>
            <td>{count(locale, summary.tiers[tier].count)}</td>
            <td>{percent(total > 0 ? Math.max(0, summary.tiers[tier].value) / total : 0)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
