import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { rpc } from '@/lib/protocol/client';
import { errorText } from '@/lib/protocol/error-text';
import type { TeamView } from '@/lib/protocol/team';
import { teamSyncStatusItem } from '@/lib/settings/team';
import { count } from '../format';
import '../panels.css';

interface Form {
  enabled: boolean;
  url: string;
  database: string;
  username: string;
  password: string;
  passphrase: string;
}

const formOf = (v: TeamView): Form => ({
  enabled: v.enabled,
  url: v.url,
  database: v.database,
  username: v.username,
  password: '',
  passphrase: '',
});

/** The server's origin is an optional host permission, asked when the user sets the team up. */
async function askForServer(url: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [`${new URL(url).origin}/*`] });
  } catch {
    return false;
  }
}

/** Settings → Team: the shared book's server, credentials and passphrase, a connection test and the sync status. */
export function TeamSettings() {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const [team, setTeam] = useState<TeamView | null>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    rpc('team.get', {}).then(
      (view) => {
        setTeam(view);
        setForm(formOf(view));
      },
      (error: unknown) => setMessage({ text: errorText(i18n, error), error: true }),
    );
  }, [i18n]);
  // The status holds no secret: follow it live, so a long first sync shows how far it has got.
  useEffect(
    () => teamSyncStatusItem.watch((status) => setTeam((current) => (current ? { ...current, status } : current))),
    [],
  );
  if (!form || !team)
    return <section class="settings-section">{message ? <p role="alert">{message.text}</p> : null}</section>;

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    try {
      if (!(await askForServer(form.url))) {
        setMessage({ text: t('team.permissionDenied'), error: true });
        return;
      }
      await work();
    } catch (error) {
      setMessage({ text: errorText(i18n, error), error: true });
    } finally {
      setBusy(false);
    }
  };
  const test = () =>
    run(async () => {
      const answer = await rpc('team.test', form);
      setMessage(
        answer.ok
          ? { text: t('team.test.ok'), error: false }
          : { text: t(`common.syncFailure.${answer.reason}`), error: true },
      );
    });
  const save = (event: Event) => {
    event.preventDefault();
    return run(async () => {
      const view = await rpc('team.set', form);
      setTeam(view);
      setForm(formOf(view));
      const status = await rpc('team.syncNow', {});
      setTeam({ ...view, status });
      setMessage({ text: t('team.saved'), error: false });
    });
  };
  const input = (
    name: 'url' | 'database' | 'username' | 'password' | 'passphrase',
    secret: boolean,
    placeholder = '',
  ) => {
    const common = {
      name,
      value: form[name],
      placeholder,
      autocomplete: 'off',
      onInput: (e: Event) => setForm({ ...form, [name]: (e.currentTarget as HTMLInputElement).value }),
    };
    const text = t(`team.field.${name}`);
    return secret ? (
      <label>
        {text}
        <input type="password" {...common} />
      </label>
    ) : (
      <label>
        {text}
        <input type="text" {...common} />
      </label>
    );
  };
  const { status } = team;

  return (
    <section class="settings-section" aria-labelledby="team-settings-title" data-section="team">
      <h3 id="team-settings-title">{t('team.title')}</h3>
      <p class="muted small">{t('team.intro')}</p>
      <form class="crm-form" onSubmit={save}>
        <label>
          <input
            type="checkbox"
            checked={form.enabled}
            onChange={(e) => setForm({ ...form, enabled: e.currentTarget.checked })}
          />
          {t('team.field.enabled')}
        </label>
        {input('url', false, 'https://couch.example.com')}
        {input('database', false)}
        {input('username', false)}
        {input('password', true, team.hasPassword ? t('team.kept') : '')}
        {input('passphrase', true, team.hasPassphrase ? t('team.kept') : '')}
        <div class="buttons">
          <button type="submit" class="primary" disabled={busy}>
            {t('team.save')}
          </button>
          <button type="button" disabled={busy} onClick={test}>
            {t('team.test')}
          </button>
        </div>
        {message ? (
          <p role="status" class={message.error ? 'error' : ''}>
            {message.text}
          </p>
        ) : null}
        <p class="muted small" data-team-status={status.state}>
          {status.state === 'failed'
            ? t(`common.syncFailure.${status.reason ?? 'server-error'}`)
            : status.state === 'syncing' && status.progress
              ? t('team.status.receiving', {
                  done: count(locale, status.progress.done),
                  total: count(locale, status.progress.total),
                })
              : t(`team.status.${status.state}`, {
                  pulled: String(status.pulled ?? 0),
                  pushed: String(status.pushed ?? 0),
                })}
          {status.state === 'syncing' && status.progress ? (
            <>
              {' '}
              <progress
                class="team-progress"
                aria-label={t('team.status.syncing')}
                max={status.progress.total || undefined}
                value={status.progress.total ? status.progress.done : undefined}
              />
            </>
          ) : null}
        </p>
      </form>
    </section>
  );
}
