import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { STAGES, TIERS } from '@/lib/crm/types';
import { RISKS } from '@/lib/db/contacts/columns';
import type { ListFilter } from '@/lib/db/contacts/query';
import type { MessageKey } from '@/lib/i18n';
import { rpc, type VerbOutput } from '@/lib/protocol/client';

type Facets = VerbOutput<'contacts.facets'>;
type ListField = 'tiers' | 'stages' | 'risks';
type TextField = 'query' | 'org' | 'tag';

const TYPING_MS = 200;
const OWNERS = ['mine', 'team', 'none'] as const;
type OwnerChoice = (typeof OWNERS)[number];
const isOwnerChoice = (value: string): value is OwnerChoice => (OWNERS as readonly string[]).includes(value);

/** Filters of the contacts table; text fields apply once typing pauses. */
export function ContactFilters({
  filter,
  onChange,
  searchRef,
}: {
  filter: ListFilter;
  onChange(filter: ListFilter): void;
  searchRef: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useI18n();
  const [facets, setFacets] = useState<Facets>({ orgs: [], tags: [] });
  const [texts, setTexts] = useState({ query: filter.query ?? '', org: filter.org ?? '', tag: filter.tag ?? '' });
  useEffect(() => {
    rpc('contacts.facets', {}).then(setFacets, () => undefined);
  }, []);
  useEffect(() => {
    const timer = setTimeout(() => {
      const changed = (Object.keys(texts) as TextField[]).some((k) => (filter[k] ?? '') !== texts[k].trim());
      if (changed) onChange(withTexts(filter, texts));
    }, TYPING_MS);
    return () => clearTimeout(timer);
  }, [texts, filter, onChange]);

  const setList = (field: ListField, value: string) => {
    const next = { ...filter };
    if (value) next[field] = value.split(',') as never;
    else delete next[field];
    onChange(next);
  };
  const typed = (field: TextField) => (e: Event) =>
    setTexts((prev) => ({ ...prev, [field]: (e.currentTarget as HTMLInputElement).value }));
  const any = Object.values(filter).some((v) => (Array.isArray(v) ? v.length > 0 : !!v));

  const choice = (field: ListField, label: MessageKey, options: { value: string; label: string }[]) => (
    <div class="filter">
      {/* Labelled by id, not by nesting: a nested control's value would join its name. */}
      <label for={`filter-${field}`}>{t(label)}</label>
      <select
        id={`filter-${field}`}
        value={filter[field]?.join(',') ?? ''}
        onChange={(e) => setList(field, e.currentTarget.value)}
      >
        <option value="">{t('dashboard.filter.any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const none = { value: 'none', label: t('dashboard.notComputed') };
  const setOwner = (value: string) => {
    const next = { ...filter };
    if (isOwnerChoice(value)) next.owner = value;
    else delete next.owner;
    onChange(next);
  };

  return (
    <search class="filters" aria-label={t('dashboard.filter.label')}>
      <div class="filter filter-search">
        <label for="filter-query">{t('dashboard.filter.search')}</label>
        <input
          id="filter-query"
          ref={searchRef}
          type="search"
          value={texts.query}
          placeholder={t('dashboard.filter.searchPlaceholder')}
          aria-keyshortcuts="/"
          onInput={typed('query')}
        />
      </div>
      <div class="filter">
        <label for="filter-owner">{t('dashboard.filter.owner')}</label>
        <select id="filter-owner" value={filter.owner ?? ''} onChange={(e) => setOwner(e.currentTarget.value)}>
          <option value="">{t('dashboard.filter.ownerAll')}</option>
          {OWNERS.map((owner) => (
            <option key={owner} value={owner}>
              {t(`dashboard.filter.owner.${owner}`)}
            </option>
          ))}
        </select>
      </div>
      {choice('tiers', 'dashboard.col.tier', [
        { value: 'S,A', label: t('dashboard.filter.keyTiers') },
        ...TIERS.map((tier) => ({ value: tier, label: t(`tier.${tier}`) })),
        { value: 'prospect', label: t('tier.prospect') },
        none,
      ])}
      {choice('stages', 'dashboard.col.stage', [
        ...STAGES.map((stage) => ({ value: stage, label: t(`stage.${stage}`) })),
        none,
      ])}
      {choice('risks', 'dashboard.col.risk', [
        ...RISKS.map((risk) => ({ value: risk, label: t(`dashboard.risk.${risk}`) })),
        none,
      ])}
      <div class="filter">
        <label for="filter-org">{t('dashboard.col.org')}</label>
        <input id="filter-org" type="text" list="filter-orgs" value={texts.org} onInput={typed('org')} />
      </div>
      <datalist id="filter-orgs">
        {facets.orgs.map((o) => (
          <option key={o.name} value={o.name} />
        ))}
      </datalist>
      <div class="filter">
        <label for="filter-tag">{t('dashboard.filter.tag')}</label>
        <input id="filter-tag" type="text" list="filter-tags" value={texts.tag} onInput={typed('tag')} />
      </div>
      <datalist id="filter-tags">
        {facets.tags.map((o) => (
          <option key={o.name} value={o.name} />
        ))}
      </datalist>
      {any ? (
        <button
          type="button"
          class="filter-clear"
          onClick={() => {
            setTexts({ query: '', org: '', tag: '' });
            onChange({});
          }}
        >
          {t('dashboard.filter.clear')}
        </button>
      ) : null}
    </search>
  );
}

function withTexts(filter: ListFilter, texts: Record<TextField, string>): ListFilter {
  const next = { ...filter };
  for (const field of ['query', 'org', 'tag'] as const) {
    const value = texts[field].trim();
    if (value) next[field] = value;
    else delete next[field];
  }
  return next;
}
