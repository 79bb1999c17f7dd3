import { useI18n } from '@/components/i18n';
import { NotReady } from '@/components/shell/NotReady';
import { useRpc } from '@/components/shell/use-rpc';
import { DetailsForm } from '@/entrypoints/dashboard/contact/DetailsForm';
import { FeedbackPanel } from '@/entrypoints/dashboard/contact/FeedbackPanel';
import { HistoryPanel } from '@/entrypoints/dashboard/contact/HistoryPanel';
import { LookalikePanel } from '@/entrypoints/dashboard/contact/LookalikePanel';
import { NextStepPanel } from '@/entrypoints/dashboard/contact/NextStepPanel';
import { OrganisationPanel } from '@/entrypoints/dashboard/contact/OrganisationPanel';
import { OverridesPanel } from '@/entrypoints/dashboard/contact/OverridesPanel';
import { ComplaintsPanel } from './ComplaintsPanel';
import { ContactHeader } from './ContactHeader';
import { isLostCustomer, LossPanel } from './LossPanel';
import { OwnerPanel } from './OwnerPanel';
import { WinBackPanel } from './WinBackPanel';
import '../panels.css';
import { AfterChange } from '@/components/shell/use-change';
import { rpc } from '@/lib/protocol/client';

/** Everything about one person, and every change the CRM allows on them. */
export function ContactView({ id }: { id: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { loaded, reload } = useRpc(() => rpc('contacts.detail', { id }), id);

  if (loaded.state !== 'ready') return <NotReady loaded={loaded} />;
  const detail = loaded.value;
  if (!detail) return <p role="alert">{t('dashboard.notFound')}</p>;
  const { contact } = detail;
  // Forms start from the saved contact; a new version (after a save or an undo) starts them afresh.
  const version = `${contact.id}-${contact.updatedAt}`;
  const now = Date.now();

  return (
    <AfterChange.Provider value={reload}>
      <article class="contact-view" aria-labelledby="contact-name" data-contact-id={contact.id}>
        <ContactHeader detail={detail} />
        <div class="crm-columns">
          <div class="crm-column">
            <NextStepPanel key={version} contact={contact} now={now} />
            <WinBackPanel detail={detail} />
            {isLostCustomer(contact) ? <LossPanel key={version} contact={contact} now={now} /> : null}
            {detail.lookalike ? <LookalikePanel result={detail.lookalike} /> : null}
            <ComplaintsPanel contactId={contact.id} complaints={detail.complaints} now={now} />
            <FeedbackPanel contactId={contact.id} feedback={detail.feedback} loyalty={detail.loyalty} />
          </div>
          <div class="crm-column">
            <OverridesPanel key={version} contact={contact} />
            <OwnerPanel key={version} contact={contact} />
            <DetailsForm key={version} contact={contact} />
            <OrganisationPanel view={detail.organisation} />
            <HistoryPanel detail={detail} />
          </div>
        </div>
      </article>
    </AfterChange.Provider>
  );
}
