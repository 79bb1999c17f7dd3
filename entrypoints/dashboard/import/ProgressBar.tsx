import { useId } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import type { Progress } from './use-import-flow';

/** A labelled progress bar (indeterminate without `progress`), with Cancel when the work can stop. */
export function ProgressBar({
  label,
  progress,
  onCancel,
}: {
  label: string;
  progress?: Progress;
  onCancel?: () => void;
}) {
  const { t, locale } = useI18n();
  const labelId = useId();
  const count = (n: number) => n.toLocaleString(locale);
  const percent =
    progress && progress.total > 0 ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : undefined;
  return (
    <div class="io-progress">
      <p id={labelId}>{label}</p>
      <div
        class="io-progress-track"
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={
          progress ? t('import.progress', { done: count(progress.done), total: count(progress.total) }) : undefined
        }
      >
        <div
          class="io-progress-fill"
          style={{ width: `${percent ?? 100}%` }}
          data-indeterminate={percent === undefined}
        />
      </div>
      {onCancel ? (
        <button type="button" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      ) : null}
    </div>
  );
}
