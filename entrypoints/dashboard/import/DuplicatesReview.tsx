import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import type { ImportPlanSummary } from '@/lib/db/import/plan';
import type { DuplicateChoice, ImportChoices } from '@/lib/db/import/writes';
import { ProblemList } from './ProblemList';
import type { MappedRows } from './worker-protocol';

/** The dedupe plan with a merge-or-skip choice per kind of duplicate, then import or cancel. */
export function DuplicatesReview({
  plan,
  rows,
  onCommit,
  onCancel,
}: {
  plan: ImportPlanSummary;
  rows: MappedRows;
  onCommit: (choices: ImportChoices) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [choices, setChoices] = useState<ImportChoices>({ existing: 'merge', inFile: 'merge' });
  const choose = (kind: keyof ImportChoices) => (choice: DuplicateChoice) => setChoices({ ...choices, [kind]: choice });
  return (
    <section aria-labelledby="io-plan-title">
      <h4 id="io-plan-title">{t('import.plan.title')}</h4>
      <p>{t('import.plan.new', { count: plan.new })}</p>
      {plan.existing > 0 ? (
        <Choice
          legend={t('import.plan.existing', { count: plan.existing })}
          name="existing"
          merge={t('import.plan.mergeExisting')}
          value={choices.existing}
          onChange={choose('existing')}
          examples={plan.existingSamples.map((s) =>
            t('import.plan.exampleExisting', {
              line: s.line,
              name: s.name,
              existing: s.existingName,
              match: t(`import.match.${s.matchedBy}`),
            }),
          )}
        />
      ) : null}
      {plan.inFile > 0 ? (
        <Choice
          legend={t('import.plan.inFile', { count: plan.inFile })}
          name="in-file"
          merge={t('import.plan.mergeInFile')}
          value={choices.inFile}
          onChange={choose('inFile')}
          examples={plan.inFileSamples.map((s) =>
            t('import.plan.exampleInFile', {
              line: s.line,
              name: s.name,
              first: s.firstLine,
              match: t(`import.match.${s.matchedBy}`),
            }),
          )}
        />
      ) : null}
      <ProblemList problems={rows.problems} />
      <div class="io-actions">
        <button type="button" class="primary" onClick={() => onCommit(choices)}>
          {t('import.import.commit', { valid: rows.drafts.length, bad: rows.problems.length })}
        </button>
        <button type="button" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      </div>
    </section>
  );
}

function Choice(props: {
  legend: string;
  name: string;
  merge: string;
  value: DuplicateChoice;
  onChange: (choice: DuplicateChoice) => void;
  examples: string[];
}) {
  const { t } = useI18n();
  return (
    <fieldset class="io-choice">
      <legend>{props.legend}</legend>
      <label>
        <input
          type="radio"
          name={props.name}
          checked={props.value === 'merge'}
          onChange={() => props.onChange('merge')}
        />
        {props.merge}
      </label>
      <label>
        <input
          type="radio"
          name={props.name}
          checked={props.value === 'skip'}
          onChange={() => props.onChange('skip')}
        />
        {t('import.plan.skip')}
      </label>
      <ul class="io-examples">
        {props.examples.map((example) => (
          <li key={example}>{example}</li>
        ))}
      </ul>
    </fieldset>
  );
}
