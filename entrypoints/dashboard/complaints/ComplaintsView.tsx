import { useI18n } from '@/components/i18n';
import { NotReady } from '@/components/shell/NotReady';
import { useRpc } from '@/components/shell/use-rpc';
import { COMPLAINT_STEPS, type ComplaintStep } from '@/lib/crm/types';
import type { ComplaintView } from '@/lib/db/complaints/complaints';
import { rpc } from '@/lib/protocol/client';
import { hrefOf } from '../route';
import '../panels.css';

type Group = ComplaintStep | 'ready-to-close';
const GROUPS: readonly Group[] = [...COMPLAINT_STEPS, 'ready-to-close'];

/** Open complaints, grouped by the step they wait for; overdue ones stand out. */
export function ComplaintsView() {
  const i18n = useI18n();
  const { t } = i18n;
  const { loaded } = useRpc(() => rpc('complaints.list', { open: true }), 'open');
  if (loaded.state !== 'ready') return <NotReady loaded={loaded} />;
  const complaints = loaded.value;
  const groupOf = (c: ComplaintView): Group => c.status.currentStep ?? 'ready-to-close';
  return (
    <section aria-labelledby="complaints-title">
      <h2 id="complaints-title">{t('dashboard.view.Complaints')}</h2>
      <p class="muted">{t('dashboard.complaintsView.intro')}</p>
      {complaints.length === 0 ? <p>{t('dashboard.complaintsView.none')}</p> : null}
      {GROUPS.map((group) => {
        const items = complaints.filter((c) => groupOf(c) === group);
        if (items.length === 0) return null;
        const title =
          group === 'ready-to-close'
            ? t('dashboard.complaint.allStepsDone')
            : t('dashboard.complaint.waitingFor', { step: t(`dashboard.crm.step.${group}`) });
        return (
          <section key={group} class="panel" aria-labelledby={`group-${group}`} data-group={group}>
            <h3 id={`group-${group}`}>
              {title} <span class="muted small">{t('dashboard.complaintsView.count', { count: items.length })}</span>
            </h3>
            <ComplaintRows items={items} />
          </section>
        );
      })}
    </section>
  );
}

function ComplaintRows({ items }: { items: ComplaintView[] }) {
  const { t, date } = useI18n();
  return (
    <ul class="plain">
      {items.map((c) => {
        const overdue = c.status.overall === 'overdue';
        return (
          <li key={c.id} class="complaint" data-complaint-id={c.id} data-overdue={overdue ? 'true' : undefined}>
            <a href={hrefOf({ view: 'contact', id: c.contactId })}>{c.contactName || c.contactId}</a>
            {' · '}
            <strong>{c.state.category}</strong> <span class="badge">{t(`card.severity.${c.state.severity}`)}</span>
            {c.status.nextDueAt !== null ? (
              <span class={overdue ? 'overdue-text' : 'muted'}>
                {' '}
                {t('dashboard.complaint.dueOn', { date: date(c.status.nextDueAt) })}
                {overdue ? ` · ${t('dashboard.complaint.overdue')}` : ''}
              </span>
            ) : null}
            {c.description ? <p class="small muted">{c.description}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
