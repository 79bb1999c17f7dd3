import { useI18n } from '@/components/i18n';
import type { LookalikeResult } from '@/lib/crm/lookalike';
import { Panel } from './Panel';
import { ReasonList } from './ReasonList';

/** For a prospect: how closely they resemble the loyal customers, and on what. */
export function LookalikePanel({ result }: { result: LookalikeResult }) {
  const { t } = useI18n();
  const matched = result.matched.map((f) => t(`dashboard.feature.${f}`)).join(', ');
  const tooFew = result.reasons.some((r) => r.code === 'few-loyal-customers' || r.code === 'no-loyal-customers');
  if (tooFew) {
    return (
      <Panel id="lookalike" title={t('dashboard.lookalike.title')}>
        <p class="muted">{t('dashboard.lookalike.notEnough')}</p>
        <ReasonList label={t('card.why')} reasons={result.reasons} />
      </Panel>
    );
  }
  return (
    <Panel id="lookalike" title={t('dashboard.lookalike.title')}>
      <p class="lookalike-score">
        <meter min={0} max={100} low={40} high={70} optimum={100} value={result.score} aria-hidden="true" />{' '}
        <strong>{t('dashboard.lookalike.score', { score: result.score })}</strong>
      </p>
      <p class="small">
        {matched ? t('dashboard.lookalike.matched', { features: matched }) : t('dashboard.lookalike.nothingMatched')}
      </p>
      <ReasonList label={t('card.why')} reasons={result.reasons} />
    </Panel>
  );
}
