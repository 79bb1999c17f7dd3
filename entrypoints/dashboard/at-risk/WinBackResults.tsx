import { useI18n } from '@/components/i18n';
import { useRpc } from '@/components/shell/use-rpc';
import { rpc } from '@/lib/protocol/client';
import { errorText } from '@/lib/protocol/error-text';
import { count } from '../format';

/** How the win-backs of lost customers ended, tier by tier, and what they cost. */
export function WinBackResults() {
  const i18n = useI18n();
  const { t, money, locale } = i18n;
  const { loaded } = useRpc(() => rpc('contacts.winBackResults', {}), 'all');
  const n = (x: number) => count(locale, x);
  return (
    <section aria-labelledby="win-back-results-title" class="win-back-results">
      <h3 id="win-back-results-title">{t('dashboard.winBackResults.title')}</h3>
      {loaded.state === 'loading' ? <p class="muted">{t('dashboard.crm.loading')}</p> : null}
      {loaded.state === 'failed' ? (
        <p role="alert" class="error">
          {errorText(i18n, loaded.error)}
        </p>
      ) : null}
      {loaded.state === 'ready' ? (
        <table class="crm-table">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.atRisk.col.tier')}</th>
              <th scope="col">{t('dashboard.winBackResults.open')}</th>
              <th scope="col">{t('dashboard.winBack.result.won-back')}</th>
              <th scope="col">{t('dashboard.winBack.result.lost-for-good')}</th>
              <th scope="col">{t('dashboard.winBack.result.let-go')}</th>
              <th scope="col">{t('dashboard.winBackResults.cost')}</th>
            </tr>
          </thead>
          <tbody>
            {loaded.value.map((row) => (
              <tr key={row.tier} data-tier={row.tier}>
                <th scope="row">{t(`tier.${row.tier}`)}</th>
                <td class="number">{n(row.open)}</td>
                <td class="number" data-result="won-back">
                  {n(row.wonBack)}
                </td>
                <td class="number" data-result="lost-for-good">
                  {n(row.lostForGood)}
                </td>
                <td class="number" data-result="let-go">
                  {n(row.letGo)}
                </td>
                <td class="number">{money(row.cost)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
