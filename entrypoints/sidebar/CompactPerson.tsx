import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { cardView } from '@/components/card-view';
import { useI18n } from '@/components/i18n';
import { StageBadge, TierBadge } from '@/components/TierBadge';
import type { ContactCard } from '@/lib/db/contacts/cards';

/** A saved person as one dense row (name, tier, stage, value, last touch) that opens to the full card. */
export function CompactPerson({ card, children }: { card: ContactCard; children: ComponentChildren }) {
  const { t, date, money } = useI18n();
  const [open, setOpen] = useState(false);
  const { contact, recent } = card;
  const insights = contact.insights;
  const view = cardView(contact);
  const lastTouch = recent[0]?.at;
  const cardId = `card-${contact.id}`;
  return (
    <section class="compact-person" aria-label={contact.name} data-contact-id={contact.id}>
      <button
        type="button"
        class="compact-row"
        aria-expanded={open}
        aria-controls={open ? cardId : undefined}
        onClick={() => setOpen(!open)}
      >
        <span class="name">{contact.name}</span>
        <TierBadge tier={view.tier} prospect={view.prospect} />
        <StageBadge stage={insights?.stage} />
        {view.value !== undefined ? <span class="value">{money(view.value)}</span> : null}
        <span class="last muted">
          {lastTouch === undefined
            ? t('sidebar.sidebar.noTouch')
            : t('sidebar.sidebar.lastTouch', { date: date(lastTouch) })}
        </span>
      </button>
      {open ? <div id={cardId}>{children}</div> : null}
    </section>
  );
}
