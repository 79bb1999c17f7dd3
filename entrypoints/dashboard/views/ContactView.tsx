import { ComplaintsPanel } from '@/components/crm/ComplaintsPanel';
import { ContactHeader } from '@/components/crm/ContactHeader';
import { AfterChange } from '@/components/crm/changes';
import { crmErrorText } from '@/components/crm/crm-error';
import { DetailsForm } from '@/components/crm/DetailsForm';
import { FeedbackPanel } from '@/components/crm/FeedbackPanel';
import { HistoryPanel } from '@/components/crm/HistoryPanel';
import { LookalikePanel } from '@/components/crm/LookalikePanel';
import { NextStepPanel } from '@/components/crm/NextStepPanel';
import { OrganisationPanel } from '@/components/crm/OrganisationPanel';
import { OverridesPanel } from '@/components/crm/OverridesPanel';
import { WinBackPanel } from '@/components/crm/WinBackPanel';
import { useI18n } from '@/components/i18n';
import { useRpc } from '@/components/shell/use-rpc';
import { rpc } from '@/lib/messaging/client';
import '@/components/crm/crm.css';

/** Everything about one person, and every change the CRM allows on them. */
export function ContactView({ id }: { id: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { loaded, reload } = useRpc(() => rpc('contact.detail', { id }), id);

  if (loaded.state === 'loading') return <p class="muted">{t('crm.loading')}</p>;
  if (loaded.state === 'failed') {
    return (
      <p role="alert" class="error">
        {crmErrorText(i18n, loaded.error)}
      </p>
    );
  }
  const detail = loaded.value;
  if (!detail) return <p role="alert">{t('crm.notFound')}</p>;
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
            {detail.lookalike ? <LookalikePanel result={detail.lookalike} /> : null}
            <ComplaintsPanel contactId={contact.id} complaints={detail.complaints} now={now} />
            <FeedbackPanel contactId={contact.id} feedback={detail.feedback} loyalty={detail.loyalty} />
          </div>
          <div class="crm-column">
            <OverridesPanel key={version} contact={contact} />
            <DetailsForm key={version} contact={contact} />
            <OrganisationPanel view={detail.organisation} />
            <HistoryPanel detail={detail} />
          </div>
        </div>
      </article>
    </AfterChange.Provider>
  );
}
