import { TIERS } from '@/lib/crm/types';
import { rpc } from '@/lib/protocol/client';
import type { Contact } from '@/lib/schema/records';
import { useI18n } from './i18n';
import { OverrideForm } from './OverrideForm';
import { useChange } from './shell/use-change';

/**
 * The tier set by hand with a reason, or given back to the numbers, in the dashboard and the sidebar
 * alike; Undo restores the override that was there.
 */
export function TierOverrideForm({ contact, onDone }: { contact: Contact; onDone?: () => void }) {
  const { t } = useI18n();
  const { done } = useChange();
  const insights = contact.insights;
  const computed = insights?.computedTier ?? (insights?.tierSource === 'computed' ? insights.tier : undefined);
  const previous = contact.tierOverride;
  return (
    <OverrideForm
      id="tier"
      legend={t('card.tier.title')}
      computedLabel={t('card.tier.computed', { tier: computed ? t(`tier.${computed}`) : t('tier.none') })}
      options={TIERS}
      label={(tier) => t(`tier.${tier}`)}
      current={previous ? { value: previous.tier, reason: previous.reason } : undefined}
      fallback={insights?.tier ?? 'C'}
      save={async (override) => {
        await rpc('contacts.overrideTier', {
          id: contact.id,
          override: override ? { tier: override.value, reason: override.reason } : null,
        });
        onDone?.();
        const text = override ? t('card.tier.saved', { tier: t(`tier.${override.value}`) }) : t('card.tier.cleared');
        done(text, () => rpc('contacts.overrideTier', { id: contact.id, override: previous ?? null }));
      }}
    />
  );
}
