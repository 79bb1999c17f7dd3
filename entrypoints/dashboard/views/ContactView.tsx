import { useI18n } from '@/components/i18n';

export function ContactView({ id }: { id: string }) {
  const { t } = useI18n();
  return <h2 data-contact-id={id}>{t('dashboard.view.Contact')}</h2>;
}
