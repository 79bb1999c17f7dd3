import type { ComponentChildren } from 'preact';
import { useI18n } from '@/components/i18n';
import { BackupProblems } from './BackupProblems';
import { DuplicatesReview } from './DuplicatesReview';
import { PassphrasePrompt } from './PassphrasePrompt';
import { ProgressBar } from './ProgressBar';
import { RestoreReview } from './RestoreReview';
import { RowsReview } from './RowsReview';
import { type ImportFlow, type Progress, useImportFlow } from './use-import-flow';

const ACCEPT = '.csv,.tsv,.txt,.vcf,.vcard,.json,text/csv,text/vcard,application/json';

/** Import of contacts (CSV, vCard) and restore of backups, one step at a time. */
export function ImportPanel({ createWorker }: { createWorker: () => Worker }) {
  const { t } = useI18n();
  const flow = useImportFlow(createWorker);
  return (
    <section class="io-panel" aria-labelledby="io-import-title">
      <h3 id="io-import-title">{t('import.import.title')}</h3>
      <p class="io-hint">{t('import.import.intro')}</p>
      <Step flow={flow} />
    </section>
  );
}

function Step({ flow }: { flow: ImportFlow }) {
  const { t } = useI18n();
  const { state } = flow;
  switch (state.step) {
    case 'idle':
      return <FileChooser onPick={flow.pickFile} />;
    case 'reading':
      return (
        <ProgressBar
          label={t('import.import.reading', { name: state.name })}
          progress={state.progress}
          onCancel={flow.cancel}
        />
      );
    case 'passphrase':
      return <PassphrasePrompt error={state.error} onUnlock={flow.unlock} onCancel={flow.cancel} />;
    case 'rows':
      return <RowsReview state={state} onRemap={flow.remap} onContinue={flow.checkDuplicates} onCancel={flow.cancel} />;
    case 'staging':
      return <ProgressBar label={t('import.import.staging')} progress={state.progress} onCancel={flow.cancel} />;
    case 'duplicates':
      return <DuplicatesReview plan={state.plan} rows={state.rows} onCommit={flow.commit} onCancel={flow.cancel} />;
    case 'committing':
      return <Writing label={t('import.import.committing')} state={state} onCancel={flow.cancel} />;
    case 'imported': {
      const { outcome } = state;
      return (
        <Finished onAgain={flow.reset}>
          {t('import.import.done', { ...outcome })}
          {outcome.organisationsCreated > 0
            ? ` ${t('import.import.orgs', { count: outcome.organisationsCreated })}`
            : ''}
        </Finished>
      );
    }
    case 'backup-invalid':
      return <BackupProblems problems={state.problems} onAgain={flow.reset} />;
    case 'restore-staging':
      return <ProgressBar label={t('import.restore.staging')} progress={state.progress} onCancel={flow.cancel} />;
    case 'restore-review':
      return (
        <RestoreReview backup={state.backup} preview={state.preview} onRestore={flow.restore} onCancel={flow.cancel} />
      );
    case 'restoring':
      return <Writing label={t('import.restore.applying')} state={state} onCancel={flow.cancel} />;
    case 'restored':
      return <Finished onAgain={flow.reset}>{t('import.restore.done', state.counts)}</Finished>;
    case 'cancelled':
      return <Finished onAgain={flow.reset}>{t('import.import.cancelled')}</Finished>;
    case 'failed':
      return (
        <Finished onAgain={flow.reset} alert>
          {state.message}
        </Finished>
      );
  }
}

/** The background writing one transaction: cancelling it leaves the workspace as it was. */
function Writing({
  label,
  state,
  onCancel,
}: {
  label: string;
  state: { progress?: Progress; cancelling?: boolean };
  onCancel: () => void;
}) {
  const { t } = useI18n();
  if (state.cancelling) return <ProgressBar label={t('import.cancelling')} progress={state.progress} />;
  return <ProgressBar label={label} progress={state.progress} onCancel={onCancel} />;
}

function FileChooser({ onPick }: { onPick: (file: File) => void }) {
  const { t } = useI18n();
  return (
    <label class="io-file">
      {t('import.import.choose')}
      <input
        type="file"
        accept={ACCEPT}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) onPick(file);
        }}
      />
    </label>
  );
}

function Finished({ children, onAgain, alert }: { children: ComponentChildren; onAgain: () => void; alert?: boolean }) {
  const { t } = useI18n();
  return (
    <div class="io-finished">
      <p role={alert ? 'alert' : 'status'} class={alert ? 'io-error' : undefined}>
        {children}
      </p>
      <button type="button" onClick={onAgain}>
        {t('import.import.again')}
      </button>
    </div>
  );
}
