import { useI18n } from '@/components/i18n';

/** "Added by Ann · changed by Bo": who created the record and who changed it last, when known. */
export function Authors({ record }: { record: { createdBy?: string | undefined; changedBy?: string | undefined } }) {
  const { t } = useI18n();
  const { createdBy, changedBy } = record;
  if (!createdBy && !changedBy) return null;
  const parts = [
    createdBy ? t('dashboard.contact.addedBy', { name: createdBy }) : '',
    changedBy && changedBy !== createdBy ? t('dashboard.contact.changedBy', { name: changedBy }) : '',
  ].filter(Boolean);
  return <p class="authors small muted">{parts.join(' · ')}</p>;
}
