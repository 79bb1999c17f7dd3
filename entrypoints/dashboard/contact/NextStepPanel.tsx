import { useI18n } from '@/components/i18n';
import { NextStepEditor } from '@/components/NextStepEditor';
import { nextStepText } from '@/components/next-step-text';
import type { Contact } from '@/lib/schema/records';
import { Panel } from './Panel';

/** What happens next with this person, and when; a reminder fires on the due day. */
export function NextStepPanel({ contact, now }: { contact: Contact; now: number }) {
  const i18n = useI18n();
  const { t, date } = i18n;
  const step = contact.nextStep;

  return (
    <Panel id="next-step" title={t('dashboard.nextStep.title')}>
      {step ? (
        <p class="next-step" data-due={step.due}>
          <strong>{nextStepText(i18n, step)}</strong>{' '}
          <span class="muted">{t('dashboard.nextStep.dueOn', { date: date(step.due) })}</span>
          {step.due < now ? <span class="badge overdue">{t('dashboard.nextStep.overdue')}</span> : null}
          {step.notifiedAt !== undefined ? <span class="badge">{t('dashboard.nextStep.reminded')}</span> : null}
        </p>
      ) : (
        <p class="muted">{t('dashboard.nextStep.none')}</p>
      )}
      <NextStepEditor contact={contact} now={now} formClass="crm-form" />
    </Panel>
  );
}
