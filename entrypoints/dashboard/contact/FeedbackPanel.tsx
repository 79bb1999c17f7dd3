import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { useChange } from '@/components/shell/use-change';
import type { LoyaltySummary } from '@/lib/db/complaints/feedback';
import { rpc } from '@/lib/protocol/client';
import type { Feedback } from '@/lib/schema/crm-records';
import { LoyaltyFigures } from './LoyaltyFigures';
import { Panel } from './Panel';

type Kind = Feedback['kind'];
const KINDS: readonly Kind[] = ['satisfaction', 'csat', 'nps'];
const SCALE: Record<Exclude<Kind, 'satisfaction'>, { min: number; max: number }> = {
  csat: { min: 1, max: 5 },
  nps: { min: 0, max: 10 },
};

/** What the customer said (satisfaction, CSAT, NPS) and the loyalty it adds up to. */
export function FeedbackPanel(props: { contactId: string; feedback: Feedback[]; loyalty: LoyaltySummary }) {
  const { t, date } = useI18n();
  return (
    <Panel id="feedback" title={t('dashboard.feedback.title')}>
      <LoyaltyFigures loyalty={props.loyalty} />
      <h4>{t('dashboard.feedback.history')}</h4>
      {props.feedback.length === 0 ? (
        <p class="muted">{t('dashboard.feedback.none')}</p>
      ) : (
        <ul class="notes">
          {props.feedback.map((f) => (
            <li key={f.id} data-kind={f.kind}>
              <span class="muted">{date(f.at)}</span> {t(`dashboard.feedback.item.${f.kind}`, scoresOf(f))}
              {f.comment ? ` — ${f.comment}` : ''}
            </li>
          ))}
        </ul>
      )}
      <FeedbackForm contactId={props.contactId} />
    </Panel>
  );
}

function scoresOf(f: Feedback): Record<string, number> {
  return { expectation: f.expectation ?? 0, perceived: f.perceived ?? 0, score: f.score ?? 0 };
}

function FeedbackForm({ contactId }: { contactId: string }) {
  const { t } = useI18n();
  const { busy, run, done } = useChange();
  const [kind, setKind] = useState<Kind>('nps');
  const [expectation, setExpectation] = useState('');
  const [perceived, setPerceived] = useState('');
  const [score, setScore] = useState('');
  const [comment, setComment] = useState('');
  const number = (text: string) => (text.trim() === '' ? undefined : Number(text));
  const submit = (event: Event) => {
    event.preventDefault();
    const scores =
      kind === 'satisfaction'
        ? { expectation: number(expectation), perceived: number(perceived) }
        : { score: number(score) };
    run(async () => {
      await rpc('feedback.add', { contactId, kind, ...scores, ...(comment.trim() ? { comment } : {}) });
      setExpectation('');
      setPerceived('');
      setScore('');
      setComment('');
      done(t('dashboard.feedback.saved'));
    });
  };
  const scoreField = (label: string, value: string, set: (v: string) => void, min: number, max: number) => (
    <label>
      {label}
      <input
        type="number"
        min={min}
        max={max}
        step={1}
        required
        value={value}
        onInput={(e) => set(e.currentTarget.value)}
      />
    </label>
  );
  return (
    <form class="crm-form" onSubmit={submit}>
      <label>
        {t('dashboard.feedback.kind')}
        <select value={kind} onChange={(e) => setKind(e.currentTarget.value as Kind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`dashboard.feedback.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {kind === 'satisfaction' ? (
        <>
          {scoreField(t('dashboard.feedback.expectation'), expectation, setExpectation, 1, 10)}
          {scoreField(t('dashboard.feedback.perceived'), perceived, setPerceived, 1, 10)}
        </>
      ) : (
        scoreField(
          `${t('dashboard.feedback.score')} (${SCALE[kind].min}–${SCALE[kind].max})`,
          score,
          setScore,
          SCALE[kind].min,
          SCALE[kind].max,
        )
      )}
      <label>
        {t('dashboard.feedback.comment')}
        <input value={comment} maxLength={10000} onInput={(e) => setComment(e.currentTarget.value)} />
      </label>
      <button type="submit" class="primary" disabled={busy}>
        {t('dashboard.feedback.add')}
      </button>
    </form>
  );
}
