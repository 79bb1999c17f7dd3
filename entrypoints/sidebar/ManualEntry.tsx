import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { useFeedback } from '@/components/shell/feedback';
import { rpc } from '@/lib/protocol/client';

/** When the page could not be read, the user can still add the person by hand. */
export function ManualEntry(props: { onAdded(): Promise<void> }) {
  const i18n = useI18n();
  const { say, fail } = useFeedback();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      const card = await rpc('contacts.save', {
        name,
        source: 'manual',
        ...(email.trim() ? { email: email.trim() } : {}),
      });
      say(i18n.t('card.added', { name: card.contact.name }));
      setName('');
      setEmail('');
      await props.onAdded();
    } catch (e) {
      fail(e);
    }
  };
  return (
    <form class="manual card" onSubmit={submit} aria-label={i18n.t('manual.title')}>
      <h4>{i18n.t('manual.title')}</h4>
      <label>
        {i18n.t('manual.name')}
        <input value={name} required maxLength={200} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <label>
        {i18n.t('manual.email')}
        <input type="email" value={email} maxLength={254} onInput={(e) => setEmail(e.currentTarget.value)} />
      </label>
      <button type="submit" class="primary">
        {i18n.t('manual.add')}
      </button>
    </form>
  );
}
