import { useI18n } from '@/components/i18n';
import { isUsableMapping, type Mapping } from '@/lib/io/mapping';
import { MappingEditor } from './MappingEditor';
import { PreviewTable } from './PreviewTable';
import { ProblemList } from './ProblemList';
import { ProgressBar } from './ProgressBar';
import type { ImportState } from './use-import-flow';

type RowsState = Extract<ImportState, { step: 'rows' }>;

/** What the file holds: its format, the column mapping (CSV), the first contacts and the bad rows. */
export function RowsReview({
  state,
  onRemap,
  onContinue,
  onCancel,
}: {
  state: RowsState;
  onRemap: (mapping: Mapping) => void;
  onContinue: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { overview, rows, busy } = state;
  const format = overview.kind === 'csv' ? t(`import.format.${overview.format}`) : t('import.format.vcard');
  const ready = !busy && rows.drafts.length > 0 && (overview.kind !== 'csv' || isUsableMapping(state.mapping));
  return (
    <section aria-labelledby="io-rows-title">
      <h4 id="io-rows-title">{t('import.import.format', { name: state.name, format })}</h4>
      <p>{t('import.import.summary', { valid: rows.drafts.length, bad: rows.problems.length })}</p>
      {overview.kind === 'csv' ? (
        <MappingEditor
          headers={overview.headers}
          sample={overview.sample}
          mapping={state.mapping}
          disabled={busy !== undefined}
          onChange={onRemap}
        />
      ) : null}
      {busy ? <ProgressBar label={t('import.import.reading', { name: state.name })} progress={busy} /> : null}
      <PreviewTable drafts={rows.drafts} />
      <ProblemList problems={rows.problems} />
      <div class="io-actions">
        <button type="button" class="primary" disabled={!ready} onClick={onContinue}>
          {t('import.import.continue')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      </div>
    </section>
  );
}
