import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { useChange } from '@/components/shell/use-change';
import { SEVERITIES, type Severity } from '@/lib/crm/types';
import type { ComplaintView } from '@/lib/db/complaints/complaints';
import { rpc } from '@/lib/protocol/client';
import { ComplaintCard } from './ComplaintCard';
import { Panel } from './Panel';

/** The contact's complaints, each in its four-step workflow, and a form to record a new one. */
export function ComplaintsPanel(props: { contactId: string; complaints: ComplaintView[]; now: number }) {
  const { t } = useI18n();
  return (
    <Panel id="complaints" title={t('dashboard.complaints.title')}>
      {props.complaints.length === 0 ? <p class="muted">{t('dashboard.complaints.none')}</p> : null}
      {props.complaints.map((c) => (
        <ComplaintCard key={`${c.id}-${c.updatedAt}`} complaint={c} now={props.now} />
      ))}
      <NewComplaintForm contactId={props.contactId} />
    </Panel>
  );
}

function NewComplaintForm({ contactId }: { contactId: string }) {
  const { t, date } = useI18n();
  const { busy, run, done } = useChange();
  const [category, setCategory] = useState('');
  const [description, setDescription] = useState('');
  const [severity, setSeverity] = useState<Severity>('medium');
  const submit = (event: Event) => {
    event.preventDefault();
    run(async () => {
      const opened = await rpc('complaints.open', { contactId, category, description, severity });
      setCategory('');
      setDescription('');
      done(t('dashboard.complaint.opened', { date: date(opened.status.nextDueAt ?? opened.state.receivedAt) }));
    });
  };
  return (
    <details class="new-complaint">
      <summary>{t('dashboard.complaint.new')}</summary>
      <form class="crm-form" onSubmit={submit}>
        <label>
          {t('dashboard.complaint.category')}
          <input value={category} required maxLength={200} onInput={(e) => setCategory(e.currentTarget.value)} />
        </label>
        <label>
          {t('dashboard.complaint.severity')}
          <select value={severity} onChange={(e) => setSeverity(e.currentTarget.value as Severity)}>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {t(`card.severity.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dashboard.complaint.description')}
          <textarea
            rows={3}
            value={description}
            maxLength={10000}
            onInput={(e) => setDescription(e.currentTarget.value)}
          />
        </label>
        <button type="submit" class="primary" disabled={busy}>
          {t('dashboard.complaint.open')}
        </button>
      </form>
    </details>
  );
}
