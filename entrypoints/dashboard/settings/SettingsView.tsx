import { useI18n } from '@/components/i18n';
import { LanguageSettings } from '@/entrypoints/dashboard/settings/LanguageSettings';
import { SitesSettings } from '@/entrypoints/dashboard/settings/SitesSettings';
import { TierSettings } from '@/entrypoints/dashboard/settings/TierSettings';

export function SettingsView() {
  const { t } = useI18n();
  return (
    <>
      <h2>{t('dashboard.view.Settings')}</h2>
      <LanguageSettings />
      <TierSettings />
      <SitesSettings />
    </>
  );
}
