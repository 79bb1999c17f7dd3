import { useI18n } from '@/components/i18n';

export function ContactsView() {
  const { t } = useI18n();
  return <h2>{t('dashboard.view.Contacts')}</h2>;
}
