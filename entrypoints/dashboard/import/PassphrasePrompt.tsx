import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';

/** Asks for the passphrase of an encrypted backup; a wrong one is said so, and can be retyped. */
export function PassphrasePrompt({
  error,
  onUnlock,
  onCancel,
}: {
  error?: string;
  onUnlock: (passphrase: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [passphrase, setPassphrase] = useState('');
  return (
    <form
      class="io-form"
      onSubmit={(event) => {
        event.preventDefault();
        onUnlock(passphrase);
      }}
    >
      <h4>{t('import.decrypt.title')}</h4>
      <label>
        {t('import.decrypt.label')}
        <input
          type="password"
          autocomplete="off"
          value={passphrase}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'io-decrypt-error' : undefined}
          onInput={(event) => setPassphrase(event.currentTarget.value)}
        />
      </label>
      {error ? (
        <p id="io-decrypt-error" class="io-error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="io-actions">
        <button type="submit" class="primary" disabled={passphrase === ''}>
          {t('import.decrypt.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      </div>
    </form>
  );
}
