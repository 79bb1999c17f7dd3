import './sites-settings.css';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { isFreeMail } from '@/lib/identity/email';
import { neverLogDomainsItem, ownAddressesItem } from '@/lib/settings';
import { cleanEmail } from '@/lib/sites/dom';
import { ListEditor } from './ListEditor';
import { SiteAccess } from './SiteAccess';
import { SiteHealth } from './SiteHealth';

const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** A domain as the user may type it ("@Family.Example", "https://family.example/"), or null. */
function normaliseDomain(raw: string): string | null {
  const d = raw
    .trim()
    .toLowerCase()
    .replace(/^@|^[a-z]+:\/\//, '')
    .replace(/\/.*$/, '');
  // A free-mail provider is everyone's domain: listing it would silence half the world, so it is refused.
  return DOMAIN.test(d) && !isFreeMail(`x@${d}`) ? d : null;
}

function useStored(item: { getValue(): Promise<string[]>; watch(cb: (v: string[]) => void): () => void }) {
  const [value, setValue] = useState<string[]>([]);
  useEffect(() => {
    item.getValue().then(setValue);
    return item.watch(setValue);
  }, [item]);
  return value;
}

/** Who is never logged (your addresses, personal domains), where Rapport runs, and whether it still reads each site. */
export function SitesSettings() {
  const { t } = useI18n();
  const own = useStored(ownAddressesItem);
  const domains = useStored(neverLogDomainsItem);
  return (
    <section class="settings-section" aria-labelledby="sites-settings-title">
      <h3 id="sites-settings-title">{t('sites.settings.title')}</h3>
      <ListEditor
        id="own-addresses"
        title={t('sites.settings.own')}
        help={t('sites.settings.ownHelp')}
        inputLabel={t('sites.settings.addressLabel')}
        items={own}
        normalise={(raw) => cleanEmail(raw) || null}
        invalid={t('sites.settings.invalidAddress')}
        onChange={(items) => ownAddressesItem.setValue(items)}
      />
      <ListEditor
        id="never-log-domains"
        title={t('sites.settings.domains')}
        help={t('sites.settings.domainsHelp')}
        inputLabel={t('sites.settings.domainLabel')}
        items={domains}
        normalise={normaliseDomain}
        invalid={t('sites.settings.invalidDomain')}
        onChange={(items) => neverLogDomainsItem.setValue(items)}
      />
      <SiteAccess />
      <SiteHealth />
    </section>
  );
}
