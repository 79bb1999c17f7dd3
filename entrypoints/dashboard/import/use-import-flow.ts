import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { isCancelled } from '@/entrypoints/dashboard/import/io-errors';
import type { ImportPlanSummary } from '@/lib/db/import/plan';
import type { ImportChoices, ImportOutcome } from '@/lib/db/import/writes';
import type { RestorePreview } from '@/lib/db/restore/dry-run';
import type { StoreName } from '@/lib/db/schema';
import type { BackupProblem } from '@/lib/io/backup';
import type { Mapping } from '@/lib/io/mapping';
import { rpc } from '@/lib/protocol/client';
import { errorText } from '@/lib/protocol/error-text';
import type { RestorableBackup } from './backup-read';
import { stageImport, stageRestore } from './stage';
import { ImportWorker } from './worker-client';
import type { CsvOverview, MappedRows } from './worker-protocol';

const PROGRESS_POLL_MS = 250;

export interface Progress {
  done: number;
  total: number;
}

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; name: string; progress: Progress }
  | { step: 'passphrase'; name: string; error?: string }
  | {
      step: 'rows';
      name: string;
      overview: CsvOverview | { kind: 'vcard' };
      mapping: Mapping;
      rows: MappedRows;
      busy?: Progress;
    }
  | { step: 'staging'; progress: Progress }
  | { step: 'duplicates'; jobId: string; rows: MappedRows; plan: ImportPlanSummary }
  | { step: 'committing'; jobId: string; progress?: Progress; cancelling?: boolean }
  | { step: 'imported'; outcome: ImportOutcome }
  | { step: 'backup-invalid'; problems: BackupProblem[] }
  | { step: 'restore-staging'; progress: Progress }
  | { step: 'restore-review'; jobId: string; backup: RestorableBackup; preview: RestorePreview }
  | { step: 'restoring'; jobId: string; progress?: Progress; cancelling?: boolean }
  | { step: 'restored'; counts: Record<StoreName, number> }
  | { step: 'cancelled' }
  | { step: 'failed'; message: string };

/**
 * The import and restore wizard: read and check the file (in a worker), review columns and bad
 * rows, stage the rows in the background, review duplicates, then commit or cancel in one step.
 */
export function useImportFlow(createWorker: () => Worker) {
  const i18n = useI18n();
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const worker = useMemo(() => new ImportWorker(createWorker), [createWorker]);
  const abort = useRef<AbortController | undefined>(undefined);
  // Leaving the page mid-import drops the page's work (rows already staged expire with their
  // journal); a commit or restore already asked for finishes in the background.
  useEffect(
    () => () => {
      worker.cancel();
      abort.current?.abort();
    },
    [worker],
  );

  const fail = (error: unknown) =>
    setState(isCancelled(error) ? { step: 'cancelled' } : { step: 'failed', message: errorText(i18n, error) });
  const progressTo = (update: (progress: Progress) => ImportState) => (done: number, total: number) =>
    setState(update({ done, total }));

  async function showFile(name: string, opened: Awaited<ReturnType<ImportWorker['open']>>) {
    if (opened.kind === 'encrypted-backup') return setState({ step: 'passphrase', name });
    if (opened.kind === 'invalid-backup') return setState({ step: 'backup-invalid', problems: opened.problems });
    if (opened.kind === 'backup') return stageBackup(opened.backup);
    const mapping = opened.kind === 'csv' ? opened.mapping : {};
    const rows = await worker.map(
      mapping,
      progressTo((progress) => ({ step: 'reading', name, progress })),
    );
    setState({ step: 'rows', name, overview: opened, mapping, rows });
  }

  async function stageBackup(backup: RestorableBackup) {
    const controller = newAbort();
    setState({ step: 'restore-staging', progress: { done: 0, total: 1 } });
    const jobId = await stageRestore(backup.data, {
      signal: controller.signal,
      onProgress: progressTo((progress) => ({ step: 'restore-staging', progress })),
    });
    try {
      setState({ step: 'restore-review', jobId, backup, preview: await rpc('restore.preview', { jobId }) });
    } catch (error) {
      await rpc('import.cancel', { jobId }).catch(() => undefined);
      throw error;
    }
  }

  function newAbort(): AbortController {
    abort.current?.abort();
    abort.current = new AbortController();
    return abort.current;
  }

  const run = (work: () => Promise<unknown>) => work().catch(fail);

  /** Runs a commit or restore in the background, showing how far it has got until it answers. */
  async function writing<T>(step: 'committing' | 'restoring', jobId: string, work: Promise<T>): Promise<T> {
    let answered = false;
    const poll = setInterval(() => {
      rpc('import.progress', { jobId })
        .then((progress) => {
          if (answered || progress.total === 0) return;
          setState((current) =>
            current.step === step && current.jobId === jobId ? { ...current, progress } : current,
          );
        })
        .catch(() => undefined);
    }, PROGRESS_POLL_MS);
    try {
      return await work;
    } finally {
      answered = true;
      clearInterval(poll);
    }
  }

  return {
    state,
    pickFile: (file: File) =>
      run(async () => {
        setState({ step: 'reading', name: file.name, progress: { done: 0, total: file.size } });
        const reading = progressTo((progress) => ({ step: 'reading', name: file.name, progress }));
        await showFile(file.name, await worker.open(file, file.name, reading));
      }),
    unlock: (passphrase: string) =>
      run(async () => {
        if (state.step !== 'passphrase') return;
        const { name } = state;
        try {
          await showFile(name, await worker.decrypt(passphrase));
        } catch (error) {
          if (isCancelled(error)) throw error;
          setState({ step: 'passphrase', name, error: errorText(i18n, error) });
        }
      }),
    remap: (mapping: Mapping) =>
      run(async () => {
        if (state.step !== 'rows') return;
        const current = state;
        setState({ ...current, mapping, busy: { done: 0, total: 1 } });
        const rows = await worker.map(
          mapping,
          progressTo((busy) => ({ ...current, mapping, busy })),
        );
        setState({ ...current, mapping, rows });
      }),
    checkDuplicates: () =>
      run(async () => {
        if (state.step !== 'rows') return;
        const { rows } = state;
        const controller = newAbort();
        setState({ step: 'staging', progress: { done: 0, total: rows.drafts.length } });
        const onProgress = progressTo((progress) => ({ step: 'staging', progress }));
        const jobId = await stageImport(rows.drafts, { signal: controller.signal, onProgress });
        try {
          setState({ step: 'duplicates', jobId, rows, plan: await rpc('import.plan', { jobId }) });
        } catch (error) {
          await rpc('import.cancel', { jobId }).catch(() => undefined);
          throw error;
        }
      }),
    commit: (choices: ImportChoices) =>
      run(async () => {
        if (state.step !== 'duplicates') return;
        const { jobId } = state;
        setState({ step: 'committing', jobId });
        const outcome = await writing('committing', jobId, rpc('import.commit', { jobId, ...choices }));
        setState({ step: 'imported', outcome });
      }),
    restore: () =>
      run(async () => {
        if (state.step !== 'restore-review') return;
        const { jobId } = state;
        setState({ step: 'restoring', jobId });
        const counts = await writing('restoring', jobId, rpc('restore.apply', { jobId }));
        setState({ step: 'restored', counts });
      }),
    cancel: () =>
      run(async () => {
        worker.cancel();
        abort.current?.abort();
        if (state.step === 'committing' || state.step === 'restoring') {
          // The commit's own answer says what happened: cancelled, or done before the cancel arrived.
          setState({ ...state, cancelling: true });
          await rpc('import.cancel', { jobId: state.jobId });
          return;
        }
        if (state.step === 'duplicates' || state.step === 'restore-review') {
          await rpc('import.cancel', { jobId: state.jobId });
        }
        setState({ step: 'cancelled' });
      }),
    reset: () => setState({ step: 'idle' }),
  };
}

export type ImportFlow = ReturnType<typeof useImportFlow>;
