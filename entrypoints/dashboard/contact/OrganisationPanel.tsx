import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { useChange } from '@/components/shell/use-change';
import { TierBadge } from '@/components/TierBadge';
import type { OrganisationView } from '@/lib/db/organisations/organisations';
import { rpc } from '@/lib/protocol/client';
import type { Organisation } from '@/lib/schema/records';
import { OwnerForm } from './OwnerPanel';
import { Panel } from './Panel';

const SIZES = ['1-10', '11-50', '51-200', '201-1000', '1000+'] as const satisfies readonly NonNullable<
  Organisation['size']
>[];

/** The organisation behind the contact: industry, size, address, who decides there, and its owner. */
export function OrganisationPanel({ view }: { view: OrganisationView | null }) {
  const { t } = useI18n();
  if (!view) {
    return (
      <Panel id="organisation" title={t('dashboard.org.title')}>
        <p class="muted">{t('dashboard.org.none')}</p>
      </Panel>
    );
  }
  return (
    <Panel id="organisation" title={`${t('dashboard.org.title')}: ${view.organisation.name}`}>
      <OrganisationForm key={view.organisation.updatedAt} view={view} />
      <OwnerForm
        key={`owner-${view.organisation.updatedAt}`}
        idPrefix="org-owner"
        owner={view.organisation.owner}
        setOwner={(owner) => rpc('organisations.update', { id: view.organisation.id, patch: { owner } })}
      />
    </Panel>
  );
}

function OrganisationForm({ view }: { view: OrganisationView }) {
  const { t } = useI18n();
  const { busy, run, done } = useChange();
  const org = view.organisation;
  const [industry, setIndustry] = useState(org.industry ?? '');
  const [size, setSize] = useState<Organisation['size'] | ''>(org.size ?? '');
  const [address, setAddress] = useState(org.address ?? '');
  const [deciders, setDeciders] = useState(new Set(org.decisionMakerIds ?? []));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(deciders);
    if (on) next.add(id);
    else next.delete(id);
    setDeciders(next);
  };
  const save = (event: Event) => {
    event.preventDefault();
    const before = {
      industry: org.industry ?? '',
      address: org.address ?? '',
      size: org.size ?? null,
      decisionMakerIds: org.decisionMakerIds ?? [],
    };
    run(async () => {
      await rpc('organisations.update', {
        id: org.id,
        patch: { industry, address, size: size === '' ? null : size, decisionMakerIds: [...deciders] },
      });
      done(t('dashboard.org.saved'), () => rpc('organisations.update', { id: org.id, patch: before }));
    });
  };
  return (
    <form class="crm-form" onSubmit={save}>
      <label>
        {t('dashboard.org.industry')}
        <input value={industry} maxLength={200} onInput={(e) => setIndustry(e.currentTarget.value)} />
      </label>
      <label>
        {t('dashboard.org.size')}
        <select value={size} onChange={(e) => setSize(e.currentTarget.value as Organisation['size'] | '')}>
          <option value="">{t('dashboard.org.sizeUnknown')}</option>
          {SIZES.map((s) => (
            <option key={s} value={s}>
              {t('dashboard.org.sizeValue', { size: s })}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dashboard.org.address')}
        <textarea rows={2} value={address} maxLength={10000} onInput={(e) => setAddress(e.currentTarget.value)} />
      </label>
      <fieldset>
        <legend>{t('dashboard.org.decisionMakers')}</legend>
        {view.decisionMakers.length === 0 ? (
          <p class="muted small">{t('dashboard.org.noDecisionMakers')}</p>
        ) : (
          <p class="small decision-makers">{view.decisionMakers.map((m) => m.name).join(', ')}</p>
        )}
        <ul class="plain">
          {view.members.map((m) => (
            <li key={m.id}>
              <label class="check">
                <input
                  type="checkbox"
                  checked={deciders.has(m.id)}
                  onChange={(e) => toggle(m.id, e.currentTarget.checked)}
                />
                <a href={`#contact/${encodeURIComponent(m.id)}`}>{m.name}</a>
                {m.title ? <span class="muted"> · {m.title}</span> : null}{' '}
                <TierBadge tier={m.tier} prospect={m.prospect} />
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="submit" class="primary" disabled={busy}>
        {t('dashboard.org.save')}
      </button>
    </form>
  );
}
