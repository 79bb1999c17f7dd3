import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshDb } from '../../tests/kit/db';
import { createContact } from '../db/contacts/contacts';
import { exportPage } from '../db/export-page';
import { BACKUP_STORES } from '../io/backup';
import { crmSettingsItem, languageItem, neverLogDomainsItem, ownAddressesItem } from './index';

const OWN = 'settings-marker-own@example.com';
const DOMAIN = 'settings-marker-family.example';

beforeEach(() => fakeBrowser.reset());

describe('settings and exports', () => {
  it('no page of any exported store carries a setting: backups and CSV/vCard exports are built from these pages', async () => {
    await ownAddressesItem.setValue([OWN]);
    await neverLogDomainsItem.setValue([DOMAIN]);
    await languageItem.setValue('zh-CN');
    await crmSettingsItem.setValue({
      cuts: { S: 0.0123, A: 0.1, B: 0.3 },
      cadence: { S: 7, A: 14, B: 30, C: 90 },
      tierValue: { current: 1, future: 1 },
    });
    const db = await freshDb();
    await createContact(db, { name: 'Ann Lee', email: 'ann@acme.example', source: 'manual' }, 1);

    let exported = '';
    for (const store of BACKUP_STORES) {
      let after: string | undefined;
      do {
        const page = await exportPage(db, store, after, 100);
        exported += JSON.stringify(page.records);
        after = page.next;
      } while (after);
    }
    expect(exported).toContain('ann@acme.example');
    for (const marker of [OWN, DOMAIN, '0.0123', 'ownAddresses', 'neverLogDomains', 'crmSettings']) {
      expect(exported).not.toContain(marker);
    }
    const storageKeys = Object.keys(await fakeBrowser.storage.local.get(null));
    for (const key of storageKeys) expect(BACKUP_STORES).not.toContain(key);
  });
});
