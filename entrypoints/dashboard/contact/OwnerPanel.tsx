import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { useChange } from '@/components/shell/use-change';
import { rpc } from '@/lib/protocol/client';
import type { Contact } from '@/lib/schema/records';
import { Panel } from './Panel';

/** The rep responsible for the customer (客户经理): one field, the reps the book knows as suggestions. */
export function OwnerPanel({ contact }: { contact: Contact }) {
  const { t } = useI18n();
  return (
    <Panel id="owner" title={t('dashboard.owner.title')}>
      <OwnerForm
        idPrefix="owner"
        owner={contact.owner}
        setOwner={(owner) => rpc('contacts.setOwner', { id: contact.id, owner })}
      />
    </Panel>
  );
}

/**
 * The owner field of a contact or an organisation: saves through `setOwner`, offers the undo back to
 * the saved owner. `idPrefix` keeps its ids apart when two are on one page.
 */
export function OwnerForm(props: {
  idPrefix: string;
  owner: string | undefined;
  setOwner: (owner: string) => Promise<unknown>;
}) {
  const { t } = useI18n();
  const { busy, run, done } = useChange();
  const saved = props.owner ?? '';
  const [owner, setOwner] = useState(saved);
  const [reps, setReps] = useState<{ me: string; reps: string[] }>({ me: '', reps: [] });
  useEffect(() => {
    rpc('contacts.reps', {}).then(setReps, () => undefined);
  }, []);
  const inputId = `${props.idPrefix}-name`;
  const listId = `${props.idPrefix}-reps`;

  const save = (event: Event) => {
    event.preventDefault();
    run(async () => {
      await props.setOwner(owner);
      done(t('dashboard.owner.saved'), () => props.setOwner(saved));
    });
  };

  return (
    <form class="owner-form" onSubmit={save}>
      <label for={inputId}>{t('dashboard.owner.label')}</label>
      <input
        id={inputId}
        type="text"
        list={listId}
        maxLength={100}
        value={owner}
        placeholder={t('dashboard.owner.placeholder')}
        onInput={(e) => setOwner(e.currentTarget.value)}
      />
      <datalist id={listId}>
        {reps.reps.map((rep) => (
          <option key={rep} value={rep}>
            {rep === reps.me ? t('card.you') : rep}
          </option>
        ))}
      </datalist>
      {reps.me && owner.trim() !== reps.me ? (
        <button type="button" class="link" disabled={busy} onClick={() => setOwner(reps.me)}>
          {t('dashboard.owner.me')}
        </button>
      ) : null}
      <button type="submit" disabled={busy || owner.trim() === saved}>
        {t('dashboard.owner.save')}
      </button>
    </form>
  );
}
