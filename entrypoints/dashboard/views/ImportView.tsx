import { useI18n } from '@/components/i18n';

export function ImportView() {
  const { t } = useI18n();
  return <h2>{t('dashboard.view.Import')}</h2>;
}
