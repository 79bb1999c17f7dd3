import { useI18n } from '@/components/i18n';

export function ComplaintsView() {
  const { t } = useI18n();
  return <h2>{t('dashboard.view.Complaints')}</h2>;
}
