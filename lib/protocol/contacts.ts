import * as z from 'zod/mini';
import type { WinBackPlan } from '../crm/churn';
import { ACCOUNT_ROLES, ACQUISITION_SOURCES, ALL_LOSS_CAUSES, WIN_BACK_RESULTS } from '../crm/contact-facts';
import { type Tier as TierCode, WIN_BACK_STEP_CODES } from '../crm/types';
import type { WinBackTierResult } from '../db/contacts/loss';
import { SORT_KEYS } from '../schema/contact-sort';
import { CustomerType, Directness, Email, Epoch, Id, Name, Stage, Text, Tier } from '../schema/primitives';
import type { Contact, NextStep } from '../schema/records';
import type { NeverLogReason } from '../sites/never-log';
import { returns } from './returns';
import type {
  AtRiskItem,
  BookSummary,
  BuildProgress,
  ContactCard,
  ContactDetail,
  Facet,
  FollowUpItem,
  ListPage,
} from './views';

/** Slug or profile URL; normalised by the background. */
const LinkedIn = z.string().check(z.maxLength(300));
const Short = z.string().check(z.maxLength(200));
const orNone = <T extends z.ZodMiniType>(t: T) => z.array(z.union([t, z.literal('none')])).check(z.maxLength(8));

export const PersonQuery = z.object({
  name: z.optional(Name),
  email: z.optional(Email),
  linkedin: z.optional(LinkedIn),
  company: z.optional(Name),
});

export const ListFilter = z.object({
  tiers: z.optional(orNone(z.union([Tier, z.literal('prospect')]))),
  stages: z.optional(orNone(Stage)),
  risks: z.optional(orNone(z.enum(['low', 'medium', 'high']))),
  org: z.optional(Short),
  tag: z.optional(Short),
  query: z.optional(Short),
  /** Whose customers: mine, any rep's (the team's), or nobody's yet. */
  owner: z.optional(z.enum(['mine', 'team', 'none'])),
});

/** A rep's name: an owner (客户经理) or who created or changed a record. */
export const RepName = z.string().check(z.trim(), z.maxLength(100));

/** The little a list of found contacts shows. */
export interface ContactHit {
  id: string;
  name: string;
  emails: string[];
  orgName?: string | undefined;
  title?: string | undefined;
  tier?: TierCode | undefined;
  /** No value yet: shown as "Prospect", without a tier (lib/crm/tiers.ts showsAsProspect). */
  prospect?: true | undefined;
}

export interface PersonLookup {
  card: ContactCard | null;
  /** Why this person is never logged, if they are not. */
  neverLog: NeverLogReason | null;
}

/** A contact that is probably this person, for the user to confirm ("Same person as …?"). */
export interface SameAsOffer {
  id: string;
  name: string;
  orgName?: string;
  title?: string;
}

export interface WinBackApplied {
  contact: Contact;
  previous: NextStep | null;
  plan: WinBackPlan;
}

export const contactVerbs = {
  /**
   * Saves a person seen on a page or typed in by hand: completes the contact that already has their
   * address or profile, else creates one (linked to the organisation of their work domain or name).
   */
  'contacts.save': {
    input: z.object({
      name: Name,
      email: z.optional(Email),
      linkedin: z.optional(LinkedIn),
      title: z.optional(Name),
      company: z.optional(Name),
      source: z.enum(['gmail', 'linkedin', 'outlook', 'web', 'manual', 'popup']),
    }),
    output: returns<ContactCard>(),
  },
  'contacts.search': {
    input: z.object({
      query: z.string().check(z.maxLength(200)),
      limit: z.number().check(z.int(), z.minimum(1), z.maximum(100)),
    }),
    output: returns<ContactHit[]>(),
  },
  'contacts.recent': {
    input: z.object({ limit: z.number().check(z.int(), z.minimum(1), z.maximum(20)) }),
    output: returns<ContactHit[]>(),
  },
  /**
   * Who each person on a page is: their card (by canonical email, else LinkedIn slug), and whether they must
   * never be logged and why.
   */
  'contacts.lookup': {
    input: z.object({
      people: z.array(PersonQuery).check(z.maxLength(200)),
      /** The signed-in account the page shows: the user, never a contact. */
      account: z.nullable(Email),
    }),
    output: returns<PersonLookup[]>(),
  },
  /**
   * For people a lookup found no card for: a saved contact that is probably each of them (same name and
   * organisation, lacking what the page shows). Asked after the lookup, so no card waits for the name search.
   */
  'contacts.sameAs': {
    input: z.object({ people: z.array(PersonQuery).check(z.maxLength(200)) }),
    output: returns<(SameAsOffer | null)[]>(),
  },
  /** "Same person": adds the page's address or LinkedIn profile to an existing contact. */
  'contacts.link': {
    input: z.object({
      contactId: Id,
      email: z.optional(Email),
      linkedin: z.optional(LinkedIn),
      title: z.optional(Name),
      company: z.optional(Name),
    }),
    output: returns<ContactCard>(),
  },
  /** Everything the contact page shows. */
  'contacts.detail': { input: z.object({ id: Id }), output: returns<ContactDetail | null>() },
  'contacts.update': {
    input: z.object({
      id: Id,
      patch: z.object({
        customerType: z.optional(CustomerType),
        directness: z.optional(Directness),
        title: z.optional(Name),
        orgName: z.optional(Name),
        ownerNotes: z.optional(Text),
        tags: z.optional(z.array(Name).check(z.maxLength(50))),
        bad: z.optional(z.boolean()),
        neverLog: z.optional(z.boolean()),
        /** null clears each of these three. */
        role: z.optional(z.nullable(z.enum(ACCOUNT_ROLES))),
        acquisition: z.optional(z.nullable(z.enum(ACQUISITION_SOURCES))),
        shareOfWallet: z.optional(z.nullable(z.number().check(z.minimum(0), z.maximum(100)))),
      }),
    }),
    output: returns<Contact>(),
  },
  /** null clears the override; a blank reason is refused. */
  'contacts.overrideTier': {
    input: z.object({ id: Id, override: z.nullable(z.object({ tier: Tier, reason: Text })) }),
    output: returns<Contact>(),
  },
  'contacts.overrideStage': {
    input: z.object({ id: Id, override: z.nullable(z.object({ stage: Stage, reason: Text })) }),
    output: returns<Contact>(),
  },
  'contacts.setNextStep': {
    input: z.object({
      id: Id,
      nextStep: z.nullable(z.object({ text: Text, due: Epoch, code: z.optional(z.enum(WIN_BACK_STEP_CODES)) })),
    }),
    output: returns<Contact>(),
  },
  'contacts.atRisk': {
    input: z.object({
      limit: z.number().check(z.int(), z.minimum(1), z.maximum(1000)),
      includeLow: z.optional(z.boolean()),
    }),
    output: returns<AtRiskItem[]>(),
  },
  /** The first step of the contact's win-back plan becomes their next step. */
  'contacts.applyWinBack': { input: z.object({ contactId: Id }), output: returns<WinBackApplied>() },
  /** Why a lost customer left; null forgets it. Refused (customer-not-lost) for a customer who is not lost. */
  'contacts.recordLoss': {
    input: z.object({ id: Id, cause: z.nullable(z.enum(ALL_LOSS_CAUSES)) }),
    output: returns<Contact>(),
  },
  /** How a lost customer's win-back ended, and what it cost; null forgets it. */
  'contacts.recordWinBack': {
    input: z.object({
      id: Id,
      outcome: z.nullable(
        z.object({
          result: z.enum(WIN_BACK_RESULTS),
          cost: z.optional(z.number().check(z.minimum(0), z.maximum(1e12))),
        }),
      ),
    }),
    output: returns<Contact>(),
  },
  /** Win-back results by tier: won back, lost for good, let go, still open, and the cost. */
  'contacts.winBackResults': { input: z.object({}), output: returns<WinBackTierResult[]>() },
  /** Today's follow-ups: planned next steps and tier cadence, merged. */
  'contacts.followUps': {
    input: z.object({
      withinDays: z.number().check(z.int(), z.minimum(0), z.maximum(365)),
      limit: z.number().check(z.int(), z.minimum(1), z.maximum(500)),
    }),
    output: returns<FollowUpItem[]>(),
  },
  /** One window of the contacts table: at most 500 rows a message, whatever the book's size. */
  'contacts.list': {
    input: z.object({
      filter: ListFilter,
      sort: z.object({ key: z.enum(SORT_KEYS), dir: z.enum(['asc', 'desc']) }),
      offset: z.number().check(z.int(), z.minimum(0)),
      limit: z.number().check(z.int(), z.minimum(1), z.maximum(500)),
      locale: z.optional(z.enum(['en', 'zh-CN'])),
      /** Also look for deleted contacts (when the table opens); filtering and scrolling skip that costly count. */
      thorough: z.optional(z.boolean()),
    }),
    output: returns<ListPage>(),
  },
  /** Organisations and tags present in the book, for the filters' suggestions. */
  'contacts.facets': { input: z.object({}), output: returns<{ orgs: Facet[]; tags: Facet[] }>() },
  /** The rep using this browser ('' when unnamed) and every rep the book names: the owner suggestions. */
  'contacts.reps': { input: z.object({}), output: returns<{ me: string; reps: string[] }>() },
  /** Sets the rep responsible for the customer (客户经理); '' takes the owner away. */
  'contacts.setOwner': { input: z.object({ id: Id, owner: RepName }), output: returns<Contact>() },
  /** How far the background has read the book while it builds the table's index; null when not building. */
  'contacts.progress': { input: z.object({}), output: returns<BuildProgress | null>() },
  /** Counts for the overview charts. */
  'contacts.summary': { input: z.object({}), output: returns<BookSummary>() },
  /**
   * Sent every 20 s while the dashboard is on screen: keeps the service worker awake, and the
   * table's index of the book in its memory (dropped about a minute after the last request).
   */
  'contacts.keepAlive': { input: z.object({}), output: returns<true>() },
} as const;
