import type { Stage, Tier } from '@/lib/crm/types';
import { useI18n } from './i18n';

/** The tier, or "Prospect" for a contact with no value yet (a prospect has no tier to act on). */
export function TierBadge({ tier, prospect }: { tier: Tier | undefined; prospect?: boolean | undefined }) {
  const { t } = useI18n();
  if (prospect) {
    return (
      <span class="badge badge-prospect" data-tier="prospect">
        {t('tier.prospect')}
      </span>
    );
  }
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
