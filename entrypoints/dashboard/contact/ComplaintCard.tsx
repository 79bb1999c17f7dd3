import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { useChange } from '@/components/shell/use-change';
import { COMPLAINT_OUTCOMES, type ComplaintOutcome } from '@/lib/crm/types';
import type { ComplaintView } from '@/lib/db/complaints/complaints';
import { rpc } from '@/lib/protocol/client';

/** One complaint: the four steps with their deadlines, a button for each in order, and closing it. */
export function ComplaintCard({ complaint, now }: { complaint: ComplaintView; now: number }) {
  const { t, date } = useI18n();
  const { busy, run, done } = useChange();
  const [note, setNote] = useState('');
  const { state, status } = complaint;
  const closed = state.closed;

  const complete = (step: (typeof state.steps)[number]['step']) =>
    run(async () => {
      await rpc('complaints.advance', { id: complaint.id, step, ...(note.trim() ? { note } : {}) });
      setNote('');
      done(t('dashboard.complaint.stepDone', { step: t(`dashboard.crm.step.${step}`) }));
    });

  return (
    <article class={`complaint status-${status.overall}`} data-complaint-id={complaint.id} aria-label={state.category}>
      <header>
        <strong>{state.category}</strong> <span class="badge">{t(`card.severity.${state.severity}`)}</span>{' '}
        <span class={`badge complaint-${status.overall}`}>{t(`dashboard.complaint.status.${status.overall}`)}</span>
        <p class="small muted">{t('card.complaint.received', { date: date(state.receivedAt) })}</p>
        {complaint.description ? <p class="small">{complaint.description}</p> : null}
      </header>
      <ol class="complaint-steps">
        {state.steps.map((s) => {
          const overdue = s.doneAt === null && !closed && s.dueAt < now;
          return (
            <li key={s.step} class={s.doneAt !== null ? 'done' : overdue ? 'overdue' : ''} data-step={s.step}>
              <span class="step-name">{t(`dashboard.crm.step.${s.step}`)}</span>{' '}
              {s.doneAt !== null ? (
                <span class="muted">
                  {t('dashboard.complaint.doneOn', { date: date(s.doneAt) })}
                  {s.doneAt > s.dueAt ? ` · ${t('dashboard.complaint.late')}` : ''}
                </span>
              ) : (
                <span class={overdue ? 'error' : 'muted'}>
                  {t('dashboard.complaint.dueOn', { date: date(s.dueAt) })}
                  {overdue ? ` · ${t('dashboard.complaint.overdue')}` : ''}
                </span>
              )}
              {s.note ? <span class="small step-note"> — {s.note}</span> : null}
              {s.doneAt === null && !closed ? (
                <button type="button" disabled={busy || status.currentStep !== s.step} onClick={() => complete(s.step)}>
                  {t('dashboard.complaint.complete', { step: t(`dashboard.crm.step.${s.step}`) })}
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
      {closed ? (
        <p class="small">
          {t('dashboard.complaint.closedOn', {
            date: date(closed.at),
            outcome: t(`dashboard.outcome.${closed.outcome}`),
          })}{' '}
          ·{' '}
          <span class={`loyalty-${complaint.loyalty.effect}`}>
            {t(`dashboard.loyaltyEffect.${complaint.loyalty.effect}`)}
          </span>
        </p>
      ) : (
        <>
          {status.currentStep ? (
            <label class="small">
              {t('dashboard.complaint.note')}
              <input value={note} maxLength={10000} onInput={(e) => setNote(e.currentTarget.value)} />
            </label>
          ) : null}
          <CloseForm id={complaint.id} busy={busy} />
        </>
      )}
    </article>
  );
}

function CloseForm({ id, busy }: { id: string; busy: boolean }) {
  const { t } = useI18n();
  const { run, done } = useChange();
  const [outcome, setOutcome] = useState<ComplaintOutcome>('resolved');
  const [satisfied, setSatisfied] = useState<'yes' | 'no' | 'unknown'>('unknown');
  const close = (event: Event) => {
    event.preventDefault();
    const satisfiedAfter = satisfied === 'unknown' ? null : satisfied === 'yes';
    run(async () => {
      await rpc('complaints.close', { id, outcome, satisfiedAfter });
      done(t('dashboard.complaint.closed'));
    });
  };
  return (
    <form class="crm-form inline" onSubmit={close}>
      <label>
        {t('dashboard.complaint.outcome')}
        <select value={outcome} onChange={(e) => setOutcome(e.currentTarget.value as ComplaintOutcome)}>
          {COMPLAINT_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t(`dashboard.outcome.${o}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dashboard.complaint.satisfiedAfter')}
        <select value={satisfied} onChange={(e) => setSatisfied(e.currentTarget.value as typeof satisfied)}>
          {(['unknown', 'yes', 'no'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`dashboard.satisfied.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={busy}>
        {t('dashboard.complaint.close')}
      </button>
    </form>
  );
}
