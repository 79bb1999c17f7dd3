import { useI18n } from '@/components/i18n';
import { errorText } from '@/lib/protocol/error-text';
import type { Loaded } from './use-rpc';

/** What a screen shows while its answer is on its way, or when asking failed; nothing once it is ready. */
export function NotReady({ loaded }: { loaded: Loaded<unknown> }) {
  const i18n = useI18n();
  if (loaded.state === 'loading') return <p class="muted">{i18n.t('dashboard.crm.loading')}</p>;
  if (loaded.state === 'failed') {
    return (
      <p role="alert" class="error">
        {errorText(i18n, loaded.error)}
      </p>
    );
  }
  return null;
}
