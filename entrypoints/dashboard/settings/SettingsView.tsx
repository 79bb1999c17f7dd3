import { useI18n } from '@/components/i18n';
import { LanguageSettings } from './LanguageSettings';
import { RepNameSettings } from './RepNameSettings';
import { SitesSettings } from './SitesSettings';
import { TeamSettings } from './TeamSettings';
import { TierSettings } from './TierSettings';

export function SettingsView() {
  const { t } = useI18n();
  return (
    <>
      <h2>{t('dashboard.view.Settings')}</h2>
      <LanguageSettings />
      <TierSettings />
      <SitesSettings />
      <TeamSettings />
      <RepNameSettings />
    </>
  );
}
