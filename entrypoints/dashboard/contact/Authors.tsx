import { useI18n } from '@/components/i18n';

/** "Added by Ann · changed by Bo": who created the record and who changed it last, when known. */
export function Authors({ record }: { record: { createdBy?: string | undefined; changedBy?: string | undefined } }) {
  const { t } = useI18n();
  const { createdBy, changedBy } = record;
  if (!createdBy && !changedBy) return null;
  let text = '';
  if (!createdBy) text = t('dashboard.contact.lastChangedBy', { name: changedBy ?? '' });
  else if (!changedBy || changedBy === createdBy) text = t('dashboard.contact.addedBy', { name: createdBy });
  else text = t('dashboard.contact.addedAndChangedBy', { created: createdBy, changed: changedBy });
  return <p class="authors small muted">{text}</p>;
}
