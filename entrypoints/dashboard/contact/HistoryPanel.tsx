import { InteractionList } from '@/components/InteractionList';
import { useI18n } from '@/components/i18n';
import { QuickNote } from '@/components/QuickNote';
import { useChange } from '@/components/shell/use-change';
import type { ContactDetail } from '@/lib/db/contacts/detail';
import { NoteItem } from './NoteItem';
import { Panel } from './Panel';
import { PrivacySwitch } from './PrivacySwitch';

/** The whole relationship so far: every touch, every order, every note. */
export function HistoryPanel({ detail }: { detail: ContactDetail }) {
  const { t, date, money } = useI18n();
  const { done } = useChange();
  const { contact, interactions, deals, notes } = detail;
  return (
    <>
      <Panel id="interactions" title={t('dashboard.history.interactions')}>
        <InteractionList
          interactions={interactions}
          actions={(i) => <PrivacySwitch kind="interactions" id={i.id} isPrivate={i.private === true} />}
        />
      </Panel>
      <Panel id="deals" title={t('dashboard.history.deals')}>
        {deals.length === 0 ? (
          <p class="muted">{t('dashboard.history.noDeals')}</p>
        ) : (
          <ul class="timeline">
            {deals.map((d) => (
              <li key={d.id}>
                <span class="when">{date(d.date)}</span> {d.title ? `${d.title} · ` : ''}
                {money(d.amount, d.currency)} <span class="muted">{t(`dashboard.deal.${d.status}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <Panel id="notes" title={t('dashboard.history.notes')}>
        {notes.length === 0 ? (
          <p class="muted">{t('dashboard.history.noNotes')}</p>
        ) : (
          <ul class="notes">
            {notes.map((n) => (
              <NoteItem key={n.id} note={n} />
            ))}
          </ul>
        )}
        <QuickNote contactId={contact.id} label={t('note.label', { name: contact.name })} onSaved={(m) => done(m)} />
      </Panel>
    </>
  );
}
