import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { useFeedback } from '@/components/shell/feedback';
import { AfterChange } from '@/components/shell/use-change';
import { CompactPerson } from '@/entrypoints/sidebar/CompactPerson';
import { PersonCard, UnknownPersonCard } from '@/entrypoints/sidebar/PersonCard';
import { SameAsOffer } from '@/entrypoints/sidebar/SameAsOffer';
import { rpc } from '@/lib/protocol/client';
import type { DetectedPerson, SiteId } from '@/lib/sites/types';
import type { PersonLookup, SameAs } from './use-people';

/**
 * One person on the page: their card when they are saved, else Save — and, when a saved contact is probably
 * them, "Same person as X?" so the address or profile joins that contact instead of making a second one.
 */
export function PersonEntry(props: {
  person: DetectedPerson;
  lookup: PersonLookup | undefined;
  /** A saved contact that is probably this person, when there is no card. */
  sameAs: SameAs | undefined;
  site: SiteId;
  onChanged(): Promise<void>;
  /** Saved people as one row each, opened on demand. */
  compact: boolean;
  children?: ComponentChildren;
}) {
  const i18n = useI18n();
  const feedback = useFeedback();
  const { person, lookup } = props;
  const [busy, setBusy] = useState(false);
  const [declined, setDeclined] = useState(false);
  const identity = {
    ...(person.email ? { email: person.email } : {}),
    ...(person.profileUrl ? { linkedin: person.profileUrl } : {}),
    ...(person.title ? { title: person.title } : {}),
    ...(person.company ? { company: person.company } : {}),
  };
  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      feedback.say(await work());
      await props.onChanged();
    } catch (e) {
      feedback.fail(e);
    } finally {
      setBusy(false);
    }
  };
  const save = () =>
    run(async () => {
      const card = await rpc('contacts.save', { name: person.name, source: props.site, ...identity });
      return i18n.t('sidebar.saved', { name: card.contact.name });
    });
  const link = (contactId: string) =>
    run(async () => {
      const card = await rpc('contacts.link', { contactId, ...identity });
      return i18n.t('sidebar.sameAs.linked', { name: card.contact.name });
    });

  const domainNote =
    lookup?.neverLog === 'domain' ? <p class="badge muted never-log">{i18n.t('sidebar.neverLog.domain')}</p> : null;
  if (lookup?.card) {
    const card = (
      <PersonCard card={lookup.card}>
        {domainNote}
        {props.children}
      </PersonCard>
    );
    return (
      <AfterChange.Provider value={props.onChanged}>
        {props.compact ? <CompactPerson card={lookup.card}>{card}</CompactPerson> : card}
      </AfterChange.Provider>
    );
  }
  const same = !declined && props.sameAs;
  return (
    <UnknownPersonCard
      name={person.name}
      email={person.email}
      detail={[person.title, person.company].filter(Boolean).join(' · ')}
      {...(person.profileUrl ? { profileUrl: person.profileUrl } : {})}
      busy={busy}
      onAdd={save}
    >
      {domainNote}
      {same ? (
        <SameAsOffer
          name={same.name}
          detail={[same.title, same.orgName].filter(Boolean).join(' · ')}
          busy={busy}
          onYes={() => link(same.id)}
          onNo={() => setDeclined(true)}
        />
      ) : null}
      {props.children}
    </UnknownPersonCard>
  );
}
