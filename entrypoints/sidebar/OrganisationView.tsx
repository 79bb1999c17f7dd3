import { useEffect } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { useFeedback } from '@/components/shell/feedback';
import { useRpc } from '@/components/shell/use-rpc';
import { rpc } from '@/lib/protocol/client';
import type { DetectedOrganisation } from '@/lib/sites/types';

/** A company page (or a site's schema.org Organization): the organisation, and who is saved at it. */
export function OrganisationView({ organisation }: { organisation: DetectedOrganisation }) {
  const { t } = useI18n();
  const { fail } = useFeedback();
  const { name, domain } = organisation;
  const { value: view, error } = useRpc(
    () => rpc('organisations.lookup', { name, ...(domain ? { domain } : {}) }),
    JSON.stringify([name, domain]),
  );
  useEffect(() => {
    if (error) fail(error);
  }, [error, fail]);
  const saved = view?.contacts ?? [];
  return (
    <section class="card organisation" aria-label={t('sidebar.org.title')}>
      <h4>{t('sidebar.org.title')}</h4>
      <h3 class="name">{view?.organisation?.name ?? name}</h3>
      {domain ? <p class="sub">{t('sidebar.org.website', { domain })}</p> : null}
      {view && !saved.length ? <p class="muted">{t('sidebar.org.none', { name })}</p> : null}
      {saved.length ? (
        <ul class="home-list" aria-label={t('sidebar.org.saved', { name })}>
          {saved.map((c) => (
            <li key={c.id}>
              <a
                href={browser.runtime.getURL(`/dashboard.html#contact/${encodeURIComponent(c.id)}`)}
                target="_blank"
                rel="noopener"
                title={t('card.home.open', { name: c.name })}
              >
                {c.name}
              </a>
              {c.title ? <small class="muted"> · {c.title}</small> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
