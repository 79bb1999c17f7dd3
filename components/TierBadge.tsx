import type { Stage, Tier } from '@/lib/crm/types';
import { useI18n } from './i18n';

export function TierBadge({ tier }: { tier: Tier | undefined }) {
  const { t } = useI18n();
  if (!tier) return <span class="badge badge-none">{t('tier.none')}</span>;
  return (
    <span class={`badge tier-${tier}`} data-tier={tier}>
      {t(`tier.${tier}`)}
    </span>
  );
}

export function StageBadge({ stage }: { stage: Stage | undefined }) {
  const { t } = useI18n();
  if (!stage) return null;
  return (
    <span class={`badge stage stage-${stage}`} data-stage={stage}>
      {t(`stage.${stage}`)}
    </span>
  );
}
