import { useState } from 'preact/hooks';
import { rpc } from '@/lib/messaging/client';
import type { Contact } from '@/lib/schema/records';
import { useI18n } from '../i18n';
import { useChange } from './changes';
import { dateInputValue, dueFromDateInput } from './dates';
import { nextStepText } from './next-step-text';
import { Panel } from './Panel';

const DAY = 86_400_000;

/** What happens next with this person, and when; a reminder fires on the due day. */
export function NextStepPanel({ contact, now }: { contact: Contact; now: number }) {
  const i18n = useI18n();
  const { t, date } = i18n;
  const { busy, run, done } = useChange();
  const step = contact.nextStep;
  const [text, setText] = useState(step && !step.code ? step.text : '');
  const [due, setDue] = useState(dateInputValue(step?.due ?? now + DAY));
  const previous = step ? { text: step.text, due: step.due, ...(step.code ? { code: step.code } : {}) } : null;
  const undo = () => rpc('contact.setNextStep', { id: contact.id, nextStep: previous });

  const save = (event: Event) => {
    event.preventDefault();
    const dueAt = dueFromDateInput(due);
    if (dueAt === null) return;
    run(async () => {
      await rpc('contact.setNextStep', { id: contact.id, nextStep: { text, due: dueAt } });
      done(t('crm.nextStep.saved'), undo);
    });
  };
  const clear = () =>
    run(async () => {
      await rpc('contact.setNextStep', { id: contact.id, nextStep: null });
      done(t('crm.nextStep.cleared'), undo);
    });

  return (
    <Panel id="next-step" title={t('crm.nextStep.title')}>
      {step ? (
        <p class="next-step" data-due={step.due}>
          <strong>{nextStepText(i18n, step)}</strong>{' '}
          <span class="muted">{t('crm.nextStep.dueOn', { date: date(step.due) })}</span>
          {step.due < now ? <span class="badge overdue">{t('crm.nextStep.overdue')}</span> : null}
          {step.notifiedAt !== undefined ? <span class="badge">{t('crm.nextStep.reminded')}</span> : null}
        </p>
      ) : (
        <p class="muted">{t('crm.nextStep.none')}</p>
      )}
      <form class="crm-form" onSubmit={save}>
        <label>
          {t('crm.nextStep.text')}
          <input value={text} maxLength={10000} required onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <label>
          {t('crm.nextStep.due')}
          <input type="date" value={due} required onInput={(e) => setDue(e.currentTarget.value)} />
        </label>
        <div class="buttons">
          <button type="submit" class="primary" disabled={busy}>
            {t('crm.nextStep.save')}
          </button>
          {step ? (
            <button type="button" disabled={busy} onClick={clear}>
              {t('crm.nextStep.clear')}
            </button>
          ) : null}
        </div>
      </form>
    </Panel>
  );
}
