import { useI18n } from '@/components/i18n';
import { ioErrorKey } from '@/entrypoints/dashboard/import/io-errors';
import type { MessageKey } from '@/lib/i18n';
import type { RowProblem } from '@/lib/io/errors';

/** Enough bad rows to fix the file; the rest are counted. */
const SHOWN = 100;

/** Field names `field-too-long` reports, shown with the mapping's labels. */
const FIELD_LABELS: Record<string, MessageKey> = {
  name: 'import.target.name',
  phone: 'import.target.phone',
  tags: 'import.target.tags',
  company: 'import.target.company',
  title: 'import.target.title',
  notes: 'import.target.notes',
};

/** The rows that will be skipped, each with its line in the file and why. */
export function ProblemList({ problems }: { problems: readonly RowProblem[] }) {
  const { t } = useI18n();
  if (problems.length === 0) return null;
  const reasonOf = (problem: RowProblem) => {
    const reason = t(ioErrorKey(problem.reason));
    const field = problem.reason === 'field-too-long' && problem.detail ? FIELD_LABELS[problem.detail] : undefined;
    return field ? `${reason} (${t(field)})` : reason;
  };
  return (
    <section class="io-problems" aria-labelledby="io-problems-title">
      <h4 id="io-problems-title">{t('import.problems.title', { count: problems.length })}</h4>
      <ul>
        {problems.slice(0, SHOWN).map((problem) => (
          <li key={`${problem.line}-${problem.reason}`}>
            {t('import.problems.line', { line: problem.line, reason: reasonOf(problem) })}
          </li>
        ))}
      </ul>
      {problems.length > SHOWN ? <p>{t('import.problems.more', { count: problems.length - SHOWN })}</p> : null}
    </section>
  );
}
