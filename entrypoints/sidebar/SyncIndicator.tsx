import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { type TeamSyncStatus, teamSyncStatusItem } from '@/lib/settings/team';
import './sync-indicator.css';

/** Whether the browser thinks it is online, followed as it changes. */
function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    addEventListener('online', update);
    addEventListener('offline', update);
    return () => {
      removeEventListener('online', update);
      removeEventListener('offline', update);
    };
  }, []);
  return online;
}

/** The team sync's status, read after the first paint (the cards come first) and followed as it changes. */
function useSyncStatus(): TeamSyncStatus | null {
  const [status, setStatus] = useState<TeamSyncStatus | null>(null);
  useEffect(() => {
    let stop: () => void = () => undefined;
    const timer = setTimeout(() => {
      teamSyncStatusItem.getValue().then(setStatus, () => undefined);
      stop = teamSyncStatusItem.watch((next) => setStatus(next));
    }, 0);
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, []);
  return status;
}

/** A small line under the sidebar's bar while a team is set up: syncing, up to date (since when), or why not. */
export function SyncIndicator() {
  const { t, locale } = useI18n();
  const status = useSyncStatus();
  const online = useOnline();
  if (!status || status.state === 'off') return null;
  const state = online ? status.state : 'offline';
  const text =
    state === 'offline'
      ? t('sidebar.sync.offline')
      : state === 'syncing'
        ? t('sidebar.sync.syncing')
        : state === 'failed'
          ? t('sidebar.sync.failed', { reason: t(`common.syncFailure.${status.reason ?? 'server-error'}`) })
          : t('sidebar.sync.ok', {
              time: new Date(status.at).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' }),
            });
  return (
    <p class="sync-indicator" data-sync-state={state}>
      <span class="sync-dot" aria-hidden="true" />
      {text}
    </p>
  );
}
