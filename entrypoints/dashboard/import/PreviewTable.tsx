import { useI18n } from '@/components/i18n';
import type { ContactImport } from '@/lib/io/contact-import';

export const PREVIEW_ROWS = 10;

/** The first contacts exactly as they would be imported. */
export function PreviewTable({ drafts }: { drafts: readonly ContactImport[] }) {
  const { t } = useI18n();
  const shown = drafts.slice(0, PREVIEW_ROWS);
  return (
    <section aria-labelledby="io-preview-title">
      <h4 id="io-preview-title">{t('import.preview.title', { count: shown.length })}</h4>
      {shown.length === 0 ? (
        <p>{t('import.preview.empty')}</p>
      ) : (
        <div class="io-scroll">
          <table class="io-table">
            <thead>
              <tr>
                <th scope="col">{t('import.preview.line')}</th>
                <th scope="col">{t('import.target.name')}</th>
                <th scope="col">{t('import.target.email')}</th>
                <th scope="col">{t('import.target.phone')}</th>
                <th scope="col">{t('import.target.company')}</th>
                <th scope="col">{t('import.target.title')}</th>
                <th scope="col">{t('import.target.linkedin')}</th>
                <th scope="col">{t('import.target.tags')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((draft) => (
                <tr key={draft.line}>
                  <td>{draft.line}</td>
                  <td>{draft.name}</td>
                  <td>{draft.emails.join(', ')}</td>
                  <td>{draft.phones.join(', ')}</td>
                  <td>{draft.orgName ?? ''}</td>
                  <td>{draft.title ?? ''}</td>
                  <td>{draft.linkedin ?? ''}</td>
                  <td>{draft.tags.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
