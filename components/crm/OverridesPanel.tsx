import { STAGES, TIERS } from '@/lib/crm/types';
import { rpc } from '@/lib/messaging/client';
import type { Contact } from '@/lib/schema/records';
import { useI18n } from '../i18n';
import { useChange } from './changes';
import { OverrideForm } from './OverrideForm';
import { Panel } from './Panel';

/** The tier and lifecycle stage, each overridable with a reason; Undo restores what was there. */
export function OverridesPanel({ contact }: { contact: Contact }) {
  const { t } = useI18n();
  const { done } = useChange();
  const insights = contact.insights;
  const computedTier = insights?.computedTier ?? (insights?.tierSource === 'computed' ? insights.tier : undefined);
  const derivedStage = insights?.derivedStage ?? (insights?.stageSource === 'derived' ? insights.stage : undefined);
  const tierOverride = contact.tierOverride;
  const stageOverride = contact.stageOverride;
  return (
    <Panel id="overrides" title={`${t('crm.tier.title')} · ${t('crm.stage.title')}`}>
      <OverrideForm
        id="tier"
        legend={t('crm.tier.title')}
        computedLabel={t('crm.tier.computed', { tier: computedTier ? t(`tier.${computedTier}`) : t('tier.none') })}
        options={TIERS}
        label={(tier) => t(`tier.${tier}`)}
        current={tierOverride ? { value: tierOverride.tier, reason: tierOverride.reason } : undefined}
        fallback={insights?.tier ?? 'C'}
        save={async (override) => {
          await rpc('contact.overrideTier', {
            id: contact.id,
            override: override ? { tier: override.value, reason: override.reason } : null,
          });
          const text = override ? t('crm.tier.saved', { tier: t(`tier.${override.value}`) }) : t('crm.tier.cleared');
          done(text, () => rpc('contact.overrideTier', { id: contact.id, override: tierOverride ?? null }));
        }}
      />
      <OverrideForm
        id="stage"
        legend={t('crm.stage.title')}
        computedLabel={derivedStage ? t('crm.stage.derived', { stage: t(`stage.${derivedStage}`) }) : ''}
        options={STAGES}
        label={(stage) => t(`stage.${stage}`)}
        current={stageOverride ? { value: stageOverride.stage, reason: stageOverride.reason } : undefined}
        fallback={insights?.stage ?? 'exploration'}
        save={async (override) => {
          await rpc('contact.overrideStage', {
            id: contact.id,
            override: override ? { stage: override.value, reason: override.reason } : null,
          });
          const text = override
            ? t('crm.stage.saved', { stage: t(`stage.${override.value}`) })
            : t('crm.stage.cleared');
          done(text, () => rpc('contact.overrideStage', { id: contact.id, override: stageOverride ?? null }));
        }}
      />
    </Panel>
  );
}
