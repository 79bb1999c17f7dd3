import { useI18n } from '@/components/i18n';
import { OverrideForm } from '@/components/OverrideForm';
import { useChange } from '@/components/shell/use-change';
import { TierOverrideForm } from '@/components/TierOverrideForm';
import { STAGES } from '@/lib/crm/types';
import { rpc } from '@/lib/protocol/client';
import type { Contact } from '@/lib/schema/records';
import { Panel } from './Panel';

/** The tier and lifecycle stage, each overridable with a reason; Undo restores what was there. */
export function OverridesPanel({ contact }: { contact: Contact }) {
  const { t } = useI18n();
  const { done } = useChange();
  const insights = contact.insights;
  const derivedStage = insights?.derivedStage ?? (insights?.stageSource === 'derived' ? insights.stage : undefined);
  const stageOverride = contact.stageOverride;
  return (
    <Panel id="overrides" title={`${t('card.tier.title')} · ${t('dashboard.stage.title')}`}>
      <TierOverrideForm contact={contact} />
      <OverrideForm
        id="stage"
        legend={t('dashboard.stage.title')}
        computedLabel={derivedStage ? t('dashboard.stage.derived', { stage: t(`stage.${derivedStage}`) }) : ''}
        options={STAGES}
        label={(stage) => t(`stage.${stage}`)}
        current={stageOverride ? { value: stageOverride.stage, reason: stageOverride.reason } : undefined}
        fallback={insights?.stage ?? 'exploration'}
        save={async (override) => {
          await rpc('contacts.overrideStage', {
            id: contact.id,
            override: override ? { stage: override.value, reason: override.reason } : null,
          });
          const text = override
            ? t('dashboard.stage.saved', { stage: t(`stage.${override.value}`) })
            : t('dashboard.stage.cleared');
          done(text, () => rpc('contacts.overrideStage', { id: contact.id, override: stageOverride ?? null }));
        }}
      />
    </Panel>
  );
}
