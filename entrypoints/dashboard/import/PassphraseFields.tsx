import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { MIN_PASSPHRASE, passphraseStrength } from './passphrase';

/** Passphrase, confirmation and a strength hint for an encrypted backup. */
export function PassphraseFields({
  disabled,
  onSubmit,
}: {
  disabled: boolean;
  onSubmit: (passphrase: string) => void;
}) {
  const { t } = useI18n();
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const strength = passphraseStrength(passphrase);
  const mismatch = confirmation !== '' && confirmation !== passphrase;
  const ready = strength !== 'too-short' && confirmation === passphrase;
  return (
    <form
      class="io-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (ready) onSubmit(passphrase);
      }}
    >
      <h4>{t('import.export.encryptedTitle')}</h4>
      <p class="io-hint">{t('import.export.encryptedHint')}</p>
      <label>
        {t('import.export.passphrase')}
        <input
          type="password"
          autocomplete="new-password"
          value={passphrase}
          aria-describedby="io-strength"
          onInput={(event) => setPassphrase(event.currentTarget.value)}
        />
      </label>
      <p id="io-strength" class={`io-strength io-strength-${strength}`} aria-live="polite">
        {passphrase === '' ? '' : t(`import.strength.${strength}`, { min: MIN_PASSPHRASE })}
      </p>
      <label>
        {t('import.export.confirm')}
        <input
          type="password"
          autocomplete="new-password"
          value={confirmation}
          aria-invalid={mismatch ? true : undefined}
          aria-describedby={mismatch ? 'io-mismatch' : undefined}
          onInput={(event) => setConfirmation(event.currentTarget.value)}
        />
      </label>
      {mismatch ? (
        <p id="io-mismatch" class="io-error">
          {t('import.export.mismatch')}
        </p>
      ) : null}
      <button type="submit" class="primary" disabled={disabled || !ready}>
        {t('import.export.encrypted')}
      </button>
    </form>
  );
}
