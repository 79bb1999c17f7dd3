import { useI18n } from '@/components/i18n';

export function SettingsView() {
  const { t } = useI18n();
  return <h2>{t('dashboard.view.Settings')}</h2>;
}
