import { useI18n } from '@/components/i18n';
import { isUsableMapping, type Mapping, type MappingTarget } from '@/lib/io/mapping';
import { assignColumn, columnTargets, TARGET_CHOICES } from './mapping-columns';

const EXAMPLE_CHARS = 60;

/** One row per column of the file: its header, the field it fills, and an example value. */
export function MappingEditor({
  headers,
  sample,
  mapping,
  disabled,
  onChange,
}: {
  headers: readonly string[];
  sample: readonly string[][];
  mapping: Mapping;
  disabled: boolean;
  onChange: (mapping: Mapping) => void;
}) {
  const { t } = useI18n();
  const targets = columnTargets(mapping, headers.length);
  const example = (column: number) =>
    sample
      .map((row) => row[column]?.trim() ?? '')
      .find(Boolean)
      ?.slice(0, EXAMPLE_CHARS) ?? '';
  return (
    <section aria-labelledby="io-mapping-title">
      <h4 id="io-mapping-title">{t('import.mapping.title')}</h4>
      <p class="io-hint">{t('import.mapping.hint')}</p>
      {isUsableMapping(mapping) ? null : (
        <p class="io-warning" role="alert">
          {t('import.mapping.unusable')}
        </p>
      )}
      <table class="io-table">
        <thead>
          <tr>
            <th scope="col">{t('import.mapping.column')}</th>
            <th scope="col">{t('import.mapping.field')}</th>
            <th scope="col">{t('import.mapping.example')}</th>
          </tr>
        </thead>
        <tbody>
          {headers.map((header, column) => (
            <tr key={column}>
              <th scope="row">{header}</th>
              <td>
                <select
                  aria-label={t('import.mapping.fieldFor', { column: header })}
                  value={targets[column] ?? ''}
                  disabled={disabled}
                  onChange={(event) =>
                    onChange(assignColumn(mapping, headers.length, column, targetOf(event.currentTarget.value)))
                  }
                >
                  <option value="">{t('import.target.none')}</option>
                  {TARGET_CHOICES.map((target) => (
                    <option key={target} value={target}>
                      {t(`import.target.${target}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td class="io-example">{example(column)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function targetOf(value: string): MappingTarget | '' {
  return TARGET_CHOICES.find((target) => target === value) ?? '';
}
