import { useI18n } from '@/components/i18n';

export function AtRiskView() {
  const { t } = useI18n();
  return <h2>{t('dashboard.view.AtRisk')}</h2>;
}
