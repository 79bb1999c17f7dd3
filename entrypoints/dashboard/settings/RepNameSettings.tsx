import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { useFeedback } from '@/components/shell/feedback';
import { rpc } from '@/lib/protocol/client';
import { errorText } from '@/lib/protocol/error-text';
import type { RepView } from '@/lib/protocol/settings';

/** The rep's own name: stamped on what they add and change, and what "Mine" matches. */
export function RepNameSettings() {
  const { t } = useI18n();
  const feedback = useFeedback();
  const [view, setView] = useState<RepView | null>(null);
  const [name, setName] = useState('');
  useEffect(() => {
    rpc('settings.rep', {}).then(
      (v) => {
        setView(v);
        setName(v.name);
      },
      () => undefined,
    );
  }, []);

  const save = (event: Event) => {
    event.preventDefault();
    rpc('settings.setRepName', { name }).then(
      (v) => {
        setView(v);
        feedback.say(t('dashboard.settings.repNameSaved'));
      },
      (error: unknown) => feedback.fail(error, errorText),
    );
  };

  return (
    <section class="settings-section" aria-labelledby="rep-name-title">
      <h3 id="rep-name-title">{t('dashboard.settings.repTitle')}</h3>
      {view?.team ? (
        <p class="muted small">{t('dashboard.settings.repFromTeam', { name: view.me })}</p>
      ) : (
        <form onSubmit={save}>
          <label for="rep-name">{t('dashboard.settings.repName')}</label>{' '}
          <input
            id="rep-name"
            type="text"
            maxLength={100}
            value={name}
            placeholder={t('card.you')}
            onInput={(e) => setName(e.currentTarget.value)}
          />{' '}
          <button type="submit">{t('dashboard.settings.repNameSave')}</button>
          <p class="muted small">{t('dashboard.settings.repNameHint')}</p>
        </form>
      )}
    </section>
  );
}
