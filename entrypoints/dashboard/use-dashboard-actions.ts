import { useCallback, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { useFeedback } from '@/components/shell/feedback';
import type { PaletteActions } from '@/entrypoints/dashboard/palette/palette-commands';
import { rpc } from '@/lib/protocol/client';

/**
 * The dashboard's data-changing actions, said through the page's feedback, and an epoch that bumps
 * when data changed so the open view reloads.
 */
export function useDashboardActions() {
  const i18n = useI18n();
  const { say, fail } = useFeedback();
  const [epoch, setEpoch] = useState(0);
  const run = useCallback(
    async (busy: string, work: () => Promise<string>) => {
      say(busy);
      try {
        const done = await work();
        setEpoch((n) => n + 1);
        say(done);
      } catch (error) {
        fail(error);
      }
    },
    [say, fail],
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
  return { actions, epoch };
}
