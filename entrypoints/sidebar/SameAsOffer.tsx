import { useI18n } from '@/components/i18n';

/** "Same person as X?": links what the page shows to a saved contact, only when the user says yes. */
export function SameAsOffer(props: { name: string; detail?: string; busy: boolean; onYes(): void; onNo(): void }) {
  const { t } = useI18n();
  const question = t('sidebar.sameAs.question', { name: props.name });
  return (
    <fieldset class="same-as">
      <legend>{question}</legend>
      {props.detail ? <p class="muted">{props.detail}</p> : null}
      <button type="button" class="primary" disabled={props.busy} onClick={props.onYes}>
        {t('sidebar.sameAs.yes')}
      </button>{' '}
      <button type="button" disabled={props.busy} onClick={props.onNo}>
        {t('sidebar.sameAs.no')}
      </button>
    </fieldset>
  );
}
