import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { useChange } from '@/components/shell/use-change';
import { rpc } from '@/lib/protocol/client';
import type { Contact } from '@/lib/schema/records';
import { Panel } from './Panel';

/** The rep responsible for the customer (客户经理): one field, the reps the book knows as suggestions. */
export function OwnerPanel({ contact }: { contact: Contact }) {
  const { t } = useI18n();
  const { busy, run, done } = useChange();
  const [owner, setOwner] = useState(contact.owner ?? '');
  const [reps, setReps] = useState<{ me: string; reps: string[] }>({ me: '', reps: [] });
  useEffect(() => {
    rpc('contacts.reps', {}).then(setReps, () => undefined);
  }, []);

  const save = (event: Event) => {
    event.preventDefault();
    const before = contact.owner ?? '';
    run(async () => {
      await rpc('contacts.setOwner', { id: contact.id, owner });
      done(t('dashboard.owner.saved'), () => rpc('contacts.setOwner', { id: contact.id, owner: before }));
    });
  };

  return (
    <Panel id="owner" title={t('dashboard.owner.title')}>
      <form class="owner-form" onSubmit={save}>
        <label for="owner-name">{t('dashboard.owner.label')}</label>
        <input
          id="owner-name"
          type="text"
          list="owner-reps"
          maxLength={100}
          value={owner}
          placeholder={t('dashboard.owner.placeholder')}
          onInput={(e) => setOwner(e.currentTarget.value)}
        />
        <datalist id="owner-reps">
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
        <button type="submit" disabled={busy || owner.trim() === (contact.owner ?? '')}>
          {t('dashboard.owner.save')}
        </button>
      </form>
    </Panel>
  );
}
