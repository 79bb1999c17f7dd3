import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';

/** A short list of values (addresses, domains) with Add and per-item Remove. */
export function ListEditor(props: {
  id: string;
  title: string;
  help: string;
  inputLabel: string;
  items: readonly string[];
  /** The value to store, or null when the input is not acceptable. */
  normalise(raw: string): string | null;
  invalid: string;
  onChange(items: string[]): void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const add = (event: Event) => {
    event.preventDefault();
    const value = props.normalise(draft);
    if (!value) return setError(props.invalid);
    setError('');
    setDraft('');
    if (!props.items.includes(value)) props.onChange([...props.items, value]);
  };
  return (
    <fieldset class="list-editor" aria-labelledby={`${props.id}-title`}>
      <h4 id={`${props.id}-title`}>{props.title}</h4>
      <p class="muted small" id={`${props.id}-help`}>
        {props.help}
      </p>
      {props.items.length ? (
        <ul aria-label={props.title}>
          {props.items.map((item) => (
            <li key={item}>
              <span>{item}</span>{' '}
              <button
                type="button"
                aria-label={t('sites.settings.remove', { value: item })}
                onClick={() => props.onChange(props.items.filter((i) => i !== item))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('sites.settings.none')}</p>
      )}
      <form onSubmit={add}>
        <label>
          <span>{props.inputLabel}</span>
          <input
            value={draft}
            maxLength={254}
            aria-describedby={`${props.id}-help`}
            aria-invalid={error ? true : undefined}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
        </label>
        <button type="submit">{t('sites.settings.add')}</button>
        {error ? (
          <p class="error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </fieldset>
  );
}
