import { useState } from 'preact/hooks';
import { useI18n } from './i18n';
import { useChange } from './shell/use-change';

interface Props<V extends string> {
  id: string;
  legend: string;
  /** What the numbers say, e.g. "From value: Normal · B". */
  computedLabel: string;
  options: readonly V[];
  label(value: V): string;
  current: { value: V; reason: string } | undefined;
  fallback: V;
  save(override: { value: V; reason: string } | null): Promise<void>;
}

/** Set a value by hand with a reason (the background refuses a blank one), or go back to the computed value. */
export function OverrideForm<V extends string>(props: Props<V>) {
  const { t } = useI18n();
  const { busy, run } = useChange();
  const [value, setValue] = useState<V>(props.current?.value ?? props.fallback);
  const [reason, setReason] = useState(props.current?.reason ?? '');
  const submit = (event: Event) => {
    event.preventDefault();
    run(() => props.save({ value, reason }));
  };
  return (
    <form class="crm-form override" onSubmit={submit} data-override-form={props.id}>
      <fieldset>
        <legend>{props.legend}</legend>
        <p class="muted small">{props.computedLabel}</p>
        {props.current ? <p class="small">{t('card.override.current', { reason: props.current.reason })}</p> : null}
        <label>
          {props.legend}
          <select value={value} onChange={(e) => setValue(e.currentTarget.value as V)}>
            {props.options.map((option) => (
              <option key={option} value={option}>
                {props.label(option)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('card.override.reason')}
          <input value={reason} maxLength={10000} onInput={(e) => setReason(e.currentTarget.value)} />
        </label>
        <div class="buttons">
          <button type="submit" class="primary" disabled={busy}>
            {t('card.override.set')}
          </button>
          {props.current ? (
            <button type="button" disabled={busy} onClick={() => run(() => props.save(null))}>
              {t('card.override.clear')}
            </button>
          ) : null}
        </div>
      </fieldset>
    </form>
  );
}
