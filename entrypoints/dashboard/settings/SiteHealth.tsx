import { useState } from 'preact/hooks';
import * as z from 'zod/mini';
import { useI18n } from '@/components/i18n';
import { describeProblem, WAITING_CODES } from '@/components/problem-text';
import type { I18n, MessageKey } from '@/lib/i18n';
import { en } from '@/lib/i18n/en';
import type { HealthReport, ToContent } from '@/lib/protocol/page-channel';
import { DetectedPage } from '@/lib/schema/page';
import type { FieldReading } from '@/lib/sites/types';

const Report = z.object({ page: DetectedPage, selectors: z.record(z.string(), z.number()) });

interface TabHealth {
  tabId: number;
  title: string;
  url: string;
  report: HealthReport | null;
}

/**
 * Asks the content script in every open tab Rapport may read (Gmail, LinkedIn, sites the user turned on) what
 * it can read there, and how many elements each of its selectors finds: a detector that finds nothing on a
 * page where it should is what breaks first when a site changes its markup.
 */
async function checkTabs(): Promise<TabHealth[]> {
  // Without the "tabs" permission, only the tabs of sites we hold a host permission for carry a URL.
  const tabs = (await browser.tabs.query({})).filter((tab) => tab.id !== undefined && /^https?:/.test(tab.url ?? ''));
  const ask: ToContent = { to: 'content', ask: 'health' };
  return Promise.all(
    tabs.map(async (tab) => {
      const tabId = tab.id ?? -1;
      const answer = await browser.tabs.sendMessage(tabId, ask, { frameId: 0 }).catch(() => null);
      const parsed = z.safeParse(Report, answer);
      return { tabId, title: tab.title ?? '', url: tab.url ?? '', report: parsed.success ? parsed.data : null };
    }),
  );
}

export function SiteHealth() {
  const i18n = useI18n();
  const { t } = i18n;
  const [tabs, setTabs] = useState<TabHealth[] | null>(null);
  const [busy, setBusy] = useState(false);
  const run = () => {
    setBusy(true);
    checkTabs()
      .then(setTabs, () => setTabs([]))
      .finally(() => setBusy(false));
  };
  return (
    <fieldset class="site-health" aria-labelledby="site-health-title">
      <h4 id="site-health-title">{t('sites.health.title')}</h4>
      <p class="muted small">{t('sites.health.help')}</p>
      <button type="button" disabled={busy} onClick={run}>
        {t('sites.health.run')}
      </button>
      {tabs && !tabs.length ? <p class="muted">{t('sites.health.none')}</p> : null}
      {tabs?.length ? (
        <ul class="health-list">
          {tabs.map((tab) => (
            <li key={tab.tabId} aria-label={tab.title || tab.url}>
              <strong>{tab.title || tab.url}</strong>
              <small class="muted"> {tab.url.slice(0, 120)}</small>
              {tab.report ? <Health report={tab.report} /> : <p class="muted">{t('sites.health.notRunning')}</p>}
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}

/** A translated name of a field or strategy, else its code as the page sent it. */
const named = (i18n: I18n, key: string, code: string): string =>
  Object.hasOwn(en, key) ? i18n.t(key as MessageKey) : code;

/** "name: slug-bound heading", "name: fell back to main h1", "name: could not read". */
function describeReading(i18n: I18n, reading: FieldReading): string {
  const field = named(i18n, `sites.field.${reading.field}`, reading.field);
  if (!reading.by) return i18n.t('sites.health.reading.none', { field });
  const strategy = named(i18n, `sites.strategy.${reading.by}`, reading.by);
  return i18n.t(reading.fallback ? 'sites.health.reading.fallback' : 'sites.health.reading.primary', {
    field,
    strategy,
  });
}

function Health({ report }: { report: HealthReport }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { page, selectors } = report;
  const problems = page.problems.filter((c) => !WAITING_CODES.includes(c));
  return (
    <>
      <p>
        {t('sites.health.found', {
          kind: t(`sites.kind.${page.kind}` as MessageKey),
          people: page.people.length,
          messages: page.messages.length,
        })}
      </p>
      {page.readings?.length ? (
        <ul class="readings" aria-label={t('sites.health.readings')}>
          {page.readings.map((reading) => (
            <li key={reading.field} class={!reading.by ? 'error' : reading.fallback ? 'warning' : 'ok'}>
              {describeReading(i18n, reading)}
            </li>
          ))}
        </ul>
      ) : null}
      {problems.length ? (
        <ul class="error">
          {problems.map((code) => (
            <li key={code}>{describeProblem(i18n, code)}</li>
          ))}
        </ul>
      ) : (
        <p class="ok">{t('sites.health.allGood')}</p>
      )}
      <details>
        <summary>{t('sites.health.detectors')}</summary>
        <table>
          <tbody>
            {Object.entries(selectors).map(([name, count]) => (
              <tr key={name} class={count > 0 ? '' : 'muted'}>
                <th scope="row">{name}</th>
                <td>{count > 0 ? count : t('sites.health.missing')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
