import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import type { RestorePreview } from '@/lib/db/restore/dry-run';
import { ALL_STORES } from '@/lib/db/schema';
import { BACKUP_SCHEMA_VERSION } from '@/lib/io/backup';
import type { RestorableBackup } from './backup-read';

/** The dry run of a restore, per store, and a confirmation before the workspace is replaced. */
export function RestoreReview({
  backup,
  preview,
  onRestore,
  onCancel,
}: {
  backup: RestorableBackup;
  preview: RestorePreview;
  onRestore: () => void;
  onCancel: () => void;
}) {
  const { t, date } = useI18n();
  const [confirmed, setConfirmed] = useState(false);
  return (
    <section aria-labelledby="io-restore-title">
      <h4 id="io-restore-title">{t('import.restore.title')}</h4>
      <p>{t('import.restore.from', { date: date(Date.parse(backup.exportedAt)) })}</p>
      {backup.migratedFrom < BACKUP_SCHEMA_VERSION ? (
        <p>{t('import.restore.migrated', { version: backup.migratedFrom })}</p>
      ) : null}
      <table class="io-table">
        <caption>{t('import.restore.dryRun')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.restore.store')}</th>
            <th scope="col">{t('import.restore.added')}</th>
            <th scope="col">{t('import.restore.updated')}</th>
            <th scope="col">{t('import.restore.removed')}</th>
            <th scope="col">{t('import.restore.unchanged')}</th>
          </tr>
        </thead>
        <tbody>
          {ALL_STORES.map((store) => (
            <tr key={store} data-store={store}>
              <th scope="row">{t(`import.store.${store}`)}</th>
              <td>{preview[store].added}</td>
              <td>{preview[store].updated}</td>
              <td>{preview[store].removed}</td>
              <td>{preview[store].unchanged}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <label class="io-confirm">
        <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.currentTarget.checked)} />
        {t('import.restore.confirm')}
      </label>
      <div class="io-actions">
        <button type="button" class="primary" disabled={!confirmed} onClick={onRestore}>
          {t('import.restore.apply')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      </div>
    </section>
  );
}
