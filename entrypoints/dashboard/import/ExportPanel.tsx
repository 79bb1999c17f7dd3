import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { isCancelled } from '@/entrypoints/dashboard/import/io-errors';
import { errorText } from '@/lib/protocol/error-text';
import { downloadBlob, exportFileName } from './download';
import { buildExport, type ExportKind } from './export-files';
import { PassphraseFields } from './PassphraseFields';
import { ProgressBar } from './ProgressBar';
import type { Progress } from './use-import-flow';
import { ImportWorker } from './worker-client';

const KINDS: readonly ExportKind[] = ['contacts-csv', 'interactions-csv', 'deals-csv', 'vcard', 'backup'];
const FILES: Record<ExportKind, [string, string]> = {
  'contacts-csv': ['contacts', 'csv'],
  'interactions-csv': ['interactions', 'csv'],
  'deals-csv': ['deals', 'csv'],
  vcard: ['contacts', 'vcf'],
  backup: ['backup', 'json'],
};

type ExportStatus =
  | { state: 'idle' }
  | { state: 'busy'; progress?: Progress }
  | { state: 'done'; fileName: string }
  | { state: 'failed'; message: string };

/** Every export the user may want, produced page by page and saved as a download. */
export function ExportPanel({ createWorker }: { createWorker: () => Worker }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [status, setStatus] = useState<ExportStatus>({ state: 'idle' });
  const worker = useMemo(() => new ImportWorker(createWorker), [createWorker]);
  const abort = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => worker.cancel(), [worker]);

  async function save(kind: ExportKind, passphrase?: string) {
    const controller = new AbortController();
    abort.current = controller;
    setStatus({ state: 'busy' });
    try {
      const now = Date.now();
      const onProgress = (done: number, total: number) => setStatus({ state: 'busy', progress: { done, total } });
      let blob = await buildExport(kind, { signal: controller.signal, onProgress, now });
      if (passphrase !== undefined) {
        setStatus({ state: 'busy' });
        blob = await worker.encrypt(blob, passphrase);
      }
      const [what, extension] = FILES[kind];
      const fileName = exportFileName(passphrase === undefined ? what : `${what}-encrypted`, extension, now);
      downloadBlob(blob, fileName);
      setStatus({ state: 'done', fileName });
    } catch (error) {
      setStatus(isCancelled(error) ? { state: 'idle' } : { state: 'failed', message: errorText(i18n, error) });
    }
  }

  const cancel = () => {
    abort.current?.abort();
    worker.cancel();
  };
  const busy = status.state === 'busy';
  return (
    <section class="io-panel" aria-labelledby="io-export-title">
      <h3 id="io-export-title">{t('import.export.title')}</h3>
      <p class="io-hint">{t('import.export.intro')}</p>
      <div class="io-actions">
        {KINDS.map((kind) => (
          <button key={kind} type="button" disabled={busy} onClick={() => save(kind)}>
            {t(`import.export.${kind}`)}
          </button>
        ))}
      </div>
      <PassphraseFields disabled={busy} onSubmit={(passphrase) => save('backup', passphrase)} />
      {status.state === 'busy' ? (
        <ProgressBar label={t('import.export.working')} progress={status.progress} onCancel={cancel} />
      ) : null}
      {status.state === 'done' ? <p role="status">{t('import.export.done', { name: status.fileName })}</p> : null}
      {status.state === 'failed' ? (
        <p role="alert" class="io-error">
          {status.message}
        </p>
      ) : null}
    </section>
  );
}
