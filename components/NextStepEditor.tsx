import { useState } from 'preact/hooks';
import { rpc } from '@/lib/protocol/client';
import type { Contact } from '@/lib/schema/records';
import { dateInputValue, dueFromDateInput } from './date-input';
import { useI18n } from './i18n';
import { useChange } from './shell/use-change';

const DAY = 86_400_000;

/**
 * Plans (or clears) what happens next with this person, in the dashboard's panel and the sidebar's
 * quick action alike; Undo puts back the step that was there.
 */
export function NextStepEditor({
  contact,
  now,
  formClass,
  onDone,
}: {
  contact: Contact;
  now: number;
  formClass: string;
  onDone?: () => void;
}) {
  const { t } = useI18n();
  const { busy, run, done } = useChange();
  const step = contact.nextStep;
  const [text, setText] = useState(step && !step.code ? step.text : '');
  const [due, setDue] = useState(dateInputValue(step?.due ?? now + DAY));
  const previous = step ? { text: step.text, due: step.due, ...(step.code ? { code: step.code } : {}) } : null;
  const undo = () => rpc('contacts.setNextStep', { id: contact.id, nextStep: previous });

  const change = (nextStep: { text: string; due: number } | null, message: string) =>
    run(async () => {
      await rpc('contacts.setNextStep', { id: contact.id, nextStep });
      onDone?.();
      done(message, undo);
    });
  const save = (event: Event) => {
    event.preventDefault();
    const dueAt = dueFromDateInput(due);
    if (dueAt !== null) change({ text, due: dueAt }, t('card.nextStep.saved'));
  };

  return (
    <form class={formClass} onSubmit={save}>
      <label>
        {t('card.nextStep.text')}
        <input value={text} maxLength={10000} required onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <label>
        {t('card.nextStep.due')}
        <input type="date" value={due} required onInput={(e) => setDue(e.currentTarget.value)} />
      </label>
      <div class="buttons">
        <button type="submit" class="primary" disabled={busy}>
          {t('card.nextStep.save')}
        </button>
        {step ? (
          <button type="button" disabled={busy} onClick={() => change(null, t('card.nextStep.cleared'))}>
            {t('card.nextStep.clear')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
