import { useI18n } from '@/components/i18n';
import type { ContactImport } from '@/lib/io/contact-import';

export const PREVIEW_ROWS = 10;

/** The first contacts exactly as they would be imported. */
export function PreviewTable({ drafts }: { drafts: readonly ContactImport[] }) {
  const { t } = useI18n();
  const shown = drafts.slice(0, PREVIEW_ROWS);
  return (
    <section aria-labelledby="io-preview-title">
      <h4 id="io-preview-title">{t('io.preview.title', { count: shown.length })}</h4>
      {shown.length === 0 ? (
        <p>{t('io.preview.empty')}</p>
      ) : (
        <div class="io-scroll">
          <table class="io-table">
            <thead>
              <tr>
                <th scope="col">{t('io.preview.line')}</th>
                <th scope="col">{t('io.target.name')}</th>
                <th scope="col">{t('io.target.email')}</th>
                <th scope="col">{t('io.target.phone')}</th>
                <th scope="col">{t('io.target.company')}</th>
                <th scope="col">{t('io.target.title')}</th>
                <th scope="col">{t('io.target.linkedin')}</th>
                <th scope="col">{t('io.target.tags')}</th>
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
