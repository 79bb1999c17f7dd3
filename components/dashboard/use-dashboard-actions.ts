import { useCallback, useState } from 'preact/hooks';
import type { ToastMessage } from '@/components/Toast';
import type { PaletteActions } from '@/entrypoints/dashboard/palette/palette-commands';
import type { I18n } from '@/lib/i18n';
import { rpc } from '@/lib/protocol/client';
import { describeError } from '../i18n';

/**
 * The dashboard's data-changing actions, with their toast, and an epoch that bumps when data
 * changed so the open view reloads.
 */
export function useDashboardActions(i18n: I18n) {
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [epoch, setEpoch] = useState(0);
  const run = useCallback(
    async (busy: string, work: () => Promise<string>) => {
      setToast({ id: Date.now(), text: busy });
      try {
        const done = await work();
        setEpoch((n) => n + 1);
        setToast({ id: Date.now(), text: done });
      } catch (error) {
        setToast({ id: Date.now(), text: describeError(i18n, error), tone: 'error' });
      }
    },
    [i18n],
  );
  const { t } = i18n;
  const actions: PaletteActions = {
    recompute: () =>
      run(t('dashboard.action.recomputing'), async () => {
        const model = await rpc('workspace.recomputeInsights', {});
        return t(model.method === 'bgnbd' ? 'dashboard.action.recomputedModel' : 'dashboard.action.recomputedRfm');
      }),
    seedDemo: () =>
      run(t('dashboard.action.seeding'), async () => {
        const counts = await rpc('workspace.seedDemo', { replace: true });
        return t('dashboard.action.seeded', { count: counts.contacts });
      }),
  };
  return { actions, toast, closeToast: useCallback(() => setToast(null), []), epoch };
}
