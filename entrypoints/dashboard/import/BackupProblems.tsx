import { useI18n } from '@/components/i18n';
import { ioErrorKey } from '@/entrypoints/dashboard/import/io-errors';
import type { BackupProblem } from '@/lib/io/backup';

const SHOWN = 50;

/** Why a backup was refused, record by record; nothing was written. */
export function BackupProblems({ problems, onAgain }: { problems: readonly BackupProblem[]; onAgain: () => void }) {
  const { t } = useI18n();
  return (
    <div class="io-finished">
      <p role="alert" class="io-error">
        {t('import.restore.invalid')}
      </p>
      <ul>
        {problems.slice(0, SHOWN).map((problem) => (
          <li key={`${problem.path}-${problem.code}`}>
            {t('import.restore.problem', {
              path: problem.path || t('import.restore.wholeFile'),
              reason: t(ioErrorKey(problem.code)),
            })}
          </li>
        ))}
      </ul>
      {problems.length > SHOWN ? <p>{t('import.problems.more', { count: problems.length - SHOWN })}</p> : null}
      <button type="button" onClick={onAgain}>
        {t('import.import.again')}
      </button>
    </div>
  );
}
