import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { useChange } from '@/components/shell/use-change';
import { ACCOUNT_ROLES, ACQUISITION_SOURCES, type AccountRole, type AcquisitionSource } from '@/lib/crm/contact-facts';
import { CUSTOMER_TYPES, type CustomerType, DIRECTNESS, type Directness } from '@/lib/crm/types';
import type { VerbInput } from '@/lib/protocol';
import { rpc } from '@/lib/protocol/client';
import type { Contact } from '@/lib/schema/records';
import { Panel } from './Panel';

type Patch = VerbInput<'contacts.update'>['patch'];

function formOf(c: Contact): Required<Patch> {
  return {
    customerType: c.customerType,
    directness: c.directness,
    title: c.title ?? '',
    orgName: c.orgName ?? '',
    ownerNotes: c.ownerNotes ?? '',
    tags: c.tags,
    bad: c.bad,
    neverLog: c.neverLog,
    role: c.role ?? null,
    acquisition: c.acquisition ?? null,
    shareOfWallet: c.shareOfWallet ?? null,
  };
}

/** Type of customer, title, organisation, tags, notes and the two flags; Undo puts the old values back. */
export function DetailsForm({ contact }: { contact: Contact }) {
  const { t } = useI18n();
  const { busy, run, done } = useChange();
  const [form, setForm] = useState(() => formOf(contact));
  const [tagText, setTagText] = useState(contact.tags.join(', '));
  const set = <K extends keyof Patch>(key: K, value: Required<Patch>[K]) => setForm({ ...form, [key]: value });

  const save = (event: Event) => {
    event.preventDefault();
    const before = formOf(contact);
    const patch = {
      ...form,
      tags: tagText
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    };
    run(async () => {
      await rpc('contacts.update', { id: contact.id, patch });
      done(t('dashboard.details.saved'), () => rpc('contacts.update', { id: contact.id, patch: before }));
    });
  };

  return (
    <Panel id="details" title={t('dashboard.details.title')}>
      <form class="crm-form" onSubmit={save}>
        <label>
          {t('dashboard.field.customerType')}
          <select
            value={form.customerType}
            onChange={(e) => set('customerType', e.currentTarget.value as CustomerType)}
          >
            {CUSTOMER_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`dashboard.customerType.${type}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dashboard.field.directness')}
          <select value={form.directness} onChange={(e) => set('directness', e.currentTarget.value as Directness)}>
            {DIRECTNESS.map((d) => (
              <option key={d} value={d}>
                {t(`dashboard.directness.${d}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dashboard.field.title')}
          <input value={form.title} maxLength={200} onInput={(e) => set('title', e.currentTarget.value)} />
        </label>
        <label>
          {t('dashboard.field.orgName')}
          <input value={form.orgName} maxLength={200} onInput={(e) => set('orgName', e.currentTarget.value)} />
        </label>
        <label>
          {t('dashboard.field.role')}
          <select
            value={form.role ?? ''}
            onChange={(e) => set('role', (e.currentTarget.value || null) as AccountRole | null)}
          >
            <option value="">{t('dashboard.field.notKnown')}</option>
            {ACCOUNT_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dashboard.field.acquisition')}
          <select
            value={form.acquisition ?? ''}
            onChange={(e) => set('acquisition', (e.currentTarget.value || null) as AcquisitionSource | null)}
          >
            <option value="">{t('dashboard.field.notKnown')}</option>
            {ACQUISITION_SOURCES.map((source) => (
              <option key={source} value={source}>
                {t(`acquisition.${source}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dashboard.field.shareOfWallet')}
          <input
            type="number"
            min={0}
            max={100}
            step={1}
            value={form.shareOfWallet ?? ''}
            onInput={(e) => set('shareOfWallet', shareOf(e.currentTarget.value))}
          />
        </label>
        <label>
          {t('dashboard.field.tags')}
          <input value={tagText} onInput={(e) => setTagText(e.currentTarget.value)} />
        </label>
        <label>
          {t('dashboard.field.ownerNotes')}
          <textarea
            rows={3}
            value={form.ownerNotes}
            maxLength={10000}
            onInput={(e) => set('ownerNotes', e.currentTarget.value)}
          />
        </label>
        <label class="check">
          <input type="checkbox" checked={form.bad} onChange={(e) => set('bad', e.currentTarget.checked)} />
          {t('dashboard.field.bad')}
        </label>
        <label class="check">
          <input type="checkbox" checked={form.neverLog} onChange={(e) => set('neverLog', e.currentTarget.checked)} />
          {t('dashboard.field.neverLog')}
        </label>
        <button type="submit" class="primary" disabled={busy}>
          {t('dashboard.save')}
        </button>
      </form>
    </Panel>
  );
}

/** A blank or unreadable share is no share; anything else is kept within 0–100. */
export function shareOf(text: string): number | null {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? Math.min(100, Math.max(0, n)) : null;
}
