import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { useChange } from '@/components/shell/use-change';
import { winBackPlan } from '@/lib/crm/churn';
import { LOSS_CAUSES, type LossCause, WIN_BACK_RESULTS, type WinBackResult } from '@/lib/crm/contact-facts';
import { rpc } from '@/lib/protocol/client';
import type { Contact } from '@/lib/schema/records';
import { Panel } from './Panel';

/** A customer who stopped buying, now or when the loss was recorded. */
export const isLostCustomer = (c: Contact): boolean =>
  c.insights?.stage === 'lost' || c.insights?.derivedStage === 'lost' || c.loss !== undefined;

/** A lost customer: why they left, the whole win-back playbook of their tier, and how it ended. */
export function LossPanel({ contact, now }: { contact: Contact; now: number }) {
  const { t, date, money } = useI18n();
  const { busy, run, done } = useChange();
  const loss = contact.loss;
  const [cause, setCause] = useState<LossCause | ''>(loss?.cause ?? '');
  const [result, setResult] = useState<WinBackResult>(loss?.outcome?.result ?? 'won-back');
  const [cost, setCost] = useState(loss?.outcome?.cost === undefined ? '' : String(loss.outcome.cost));
  const tier = contact.insights?.tier ?? 'C';
  // The full playbook, every step, as if at high risk: a lost customer is.
  const plan = winBackPlan(tier, contact.bad, 'high', now);

  const saveCause = (event: Event) => {
    event.preventDefault();
    const before = loss?.cause ?? null;
    run(async () => {
      await rpc('contacts.recordLoss', { id: contact.id, cause: cause || null });
      done(t('dashboard.loss.causeSaved'), () => rpc('contacts.recordLoss', { id: contact.id, cause: before }));
    });
  };
  const saveOutcome = (event: Event) => {
    event.preventDefault();
    const before = loss?.outcome;
    const spent = costOf(cost);
    run(async () => {
      await rpc('contacts.recordWinBack', {
        id: contact.id,
        outcome: spent === undefined ? { result } : { result, cost: spent },
      });
      done(t('dashboard.loss.outcomeSaved'), () =>
        rpc('contacts.recordWinBack', {
          id: contact.id,
          outcome: before
            ? { result: before.result, ...(before.cost !== undefined ? { cost: before.cost } : {}) }
            : null,
        }),
      );
    });
  };

  return (
    <Panel id="loss" title={t('dashboard.loss.title')}>
      <p>
        <strong>{t(`dashboard.winBack.strategy.${plan.strategy}`)}</strong>
      </p>
      {plan.steps.length === 0 ? (
        <p class="muted">{t('dashboard.loss.letGo')}</p>
      ) : (
        <ol class="win-back-steps" aria-label={t('dashboard.loss.playbook')}>
          {plan.steps.map((s) => (
            <li key={s.code} data-step={s.code}>
              {t('dashboard.atRisk.stepDue', { step: t(`card.winBack.step.${s.code}`), date: date(s.dueAt) })}
            </li>
          ))}
        </ol>
      )}
      <form class="crm-form" onSubmit={saveCause}>
        <label>
          {t('dashboard.loss.cause')}
          <select value={cause} onChange={(e) => setCause(e.currentTarget.value as LossCause | '')}>
            <option value="">{t('dashboard.field.notKnown')}</option>
            {(['company', 'customer'] as const).map((side) => (
              <optgroup key={side} label={t(`dashboard.loss.side.${side}`)}>
                {LOSS_CAUSES[side].map((c) => (
                  <option key={c} value={c}>
                    {t(`dashboard.loss.cause.${c}`)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <button type="submit" disabled={busy}>
          {t('dashboard.loss.saveCause')}
        </button>
      </form>
      <form class="crm-form" onSubmit={saveOutcome}>
        <label>
          {t('dashboard.loss.outcome')}
          <select value={result} onChange={(e) => setResult(e.currentTarget.value as WinBackResult)}>
            {WIN_BACK_RESULTS.map((r) => (
              <option key={r} value={r}>
                {t(`dashboard.winBack.result.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dashboard.loss.cost')}
          <input type="number" min={0} step="any" value={cost} onInput={(e) => setCost(e.currentTarget.value)} />
        </label>
        <button type="submit" disabled={busy}>
          {t('dashboard.loss.saveOutcome')}
        </button>
      </form>
      {loss?.outcome ? (
        <p class="small" data-outcome={loss.outcome.result}>
          {t('dashboard.loss.recorded', {
            result: t(`dashboard.winBack.result.${loss.outcome.result}`),
            date: date(loss.outcome.at),
            cost: money(loss.outcome.cost ?? 0),
          })}
        </p>
      ) : null}
    </Panel>
  );
}

/** A blank, negative or unreadable cost is no cost recorded. */
export function costOf(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 && n <= 1e12 ? n : undefined;
}
