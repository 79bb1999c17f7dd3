import { useI18n } from '@/components/i18n';
import { LanguageSettings } from '@/components/settings/LanguageSettings';
import { SitesSettings } from '@/components/settings/SitesSettings';
import { TierSettings } from '@/components/settings/TierSettings';

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
