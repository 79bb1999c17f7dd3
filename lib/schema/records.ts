import * as z from 'zod/mini';
import { ACCOUNT_ROLES, ACQUISITION_SOURCES, ALL_LOSS_CAUSES, WIN_BACK_RESULTS } from '../crm/contact-facts';
import { WIN_BACK_STEP_CODES } from '../crm/types';
import {
  Channel,
  CustomerType,
  Direction,
  Directness,
  Email,
  Epoch,
  Id,
  Name,
  Stage,
  Text,
  Tier,
  Url,
} from './primitives';

const Reason = z.object({
  code: z.string().check(z.maxLength(64)),
  params: z.optional(z.record(z.string(), z.number())),
});

/** Derived figures, recomputed from history and cached on the contact for instant display. */
export const Insights = z.object({
  /** The tier in force (a manual override wins over the computed one). */
  tier: Tier,
  tierSource: z.enum(['computed', 'override']),
  stage: Stage,
  stageSource: z.enum(['derived', 'override']),
  /** Why the stage and the churn risk are what they are: codes the UI translates. */
  stageReasons: z.array(Reason),
  riskReasons: z.array(Reason),
  /** Historical value: revenue minus cost to serve, in the workspace currency. */
  value: z.number(),
  /** Predicted future value, when a model could be fitted. */
  clv: z.optional(z.number()),
  pAlive: z.optional(z.number()),
  risk: z.optional(z.enum(['low', 'medium', 'high'])),
  method: z.enum(['bgnbd', 'rfm', 'none']),
  lastTouch: z.optional(Epoch),
  /** Median days between touches: the customer's own rhythm, which churn risk compares silence with. */
  rhythmDays: z.optional(z.number()),
  /** The tier the value ranking gives, kept apart so clearing an override restores it without a full recompute. */
  computedTier: z.optional(Tier),
  /** The stage history shows, also while an override is in force. */
  derivedStage: z.optional(Stage),
  /** No order yet on the person or their account: no tier to act on (tier stays C for sorting). */
  prospect: z.optional(z.boolean()),
  /** Margin per year while buying: what is lost if the customer goes; orders the at-risk list. */
  valueAtStake: z.optional(z.number()),
  riskScore: z.optional(z.number()),
  /** The last purchase or inbound message: silence runs from here, never from the rep's own mail. */
  lastActivity: z.optional(Epoch),
  /** RFM score 3–15 when RFM produced the value figures. */
  rfmScore: z.optional(z.number()),
  /** Which method produced the value figures, and whether the tier is the account's. */
  valueReasons: z.optional(z.array(Reason)),
  computedAt: Epoch,
});

export const NextStep = z.object({
  due: Epoch,
  text: Text,
  /** Set when the step comes from a playbook (a win-back step): the UI translates it instead of showing `text`. */
  code: z.optional(z.enum(WIN_BACK_STEP_CODES)),
  /** When the reminder for this step was shown; a changed step is a new object without it. */
  notifiedAt: z.optional(Epoch),
});

/** A lost customer: why they left, and how the win-back ended (with what it cost). */
export const Loss = z.object({
  cause: z.optional(z.enum(ALL_LOSS_CAUSES)),
  recordedAt: Epoch,
  outcome: z.optional(
    z.object({
      result: z.enum(WIN_BACK_RESULTS),
      /** What the win-back cost (offers, visits), in the workspace currency. */
      cost: z.optional(z.number().check(z.minimum(0), z.maximum(1e12))),
      /** The tier the customer had when the win-back ended: results are counted by it. */
      tier: Tier,
      at: Epoch,
    }),
  ),
});

/** A rep's name (their team username, or the name they gave this browser). */
export const Rep = z.string().check(z.maxLength(100));

/** Who created a record and who changed it last: stamped by the store's door on each local edit. */
export const authorship = {
  createdBy: z.optional(Rep),
  changedBy: z.optional(Rep),
};

/** A note or interaction kept on this machine only: never sent to the team. */
const privacy = { private: z.optional(z.literal(true)) };

export const Contact = z.object({
  id: Id,
  name: Name,
  emails: z.array(Email),
  /**
   * Set by the contacts door: the canonical form (lib/identity/keys.ts) of each address written otherwise
   * (a Gmail address with dots or a +tag), indexed so that every spelling of the mailbox finds the contact.
   */
  emailKeys: z.optional(z.array(Email)),
  phones: z.array(z.string().check(z.maxLength(64))),
  linkedin: z.optional(z.string().check(z.maxLength(200))),
  /**
   * The other canonical slug of the same profile once both are known: LinkedIn names a member by a
   * vanity slug on the profile and by a member id (ACoAA…) in search and messaging links.
   */
  linkedinAliases: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(4))),
  title: z.optional(Name),
  orgId: z.optional(Id),
  orgName: z.optional(Name),
  /** Their part in the account's buying: decision maker, buyer, user, influencer… */
  role: z.optional(z.enum(ACCOUNT_ROLES)),
  /** How they came to us (referral, event…): the look-alike's channel. `source` is where the record came from. */
  acquisition: z.optional(z.enum(ACQUISITION_SOURCES)),
  /** The share of the customer's spend in our category that comes to us, 0–100, as the rep knows it. */
  shareOfWallet: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
  customerType: CustomerType,
  directness: Directness,
  source: z.string().check(z.maxLength(64)),
  tags: z.array(Name),
  ownerNotes: z.optional(Text),
  tierOverride: z.optional(z.object({ tier: Tier, reason: Text })),
  stageOverride: z.optional(z.object({ stage: Stage, reason: Text })),
  bad: z.boolean(),
  neverLog: z.boolean(),
  nextStep: z.optional(NextStep),
  /** Set once the customer is lost: the cause and the win-back outcome. */
  loss: z.optional(Loss),
  insights: z.optional(Insights),
  /** Lower-cased word prefixes of name, emails and organisation: the search index. */
  search: z.array(z.string()),
  /** The rep responsible for this customer (客户经理). */
  owner: z.optional(Rep),
  ...authorship,
  createdAt: Epoch,
  updatedAt: Epoch,
});

export const Organisation = z.object({
  id: Id,
  name: Name,
  /** The name's key (lib/identity/keys.ts organisationKey), set by the organisations door: found by any spelling. */
  nameKey: z.optional(Name),
  domains: z.array(z.string().check(z.maxLength(253))),
  industry: z.optional(Name),
  size: z.optional(z.enum(['1-10', '11-50', '51-200', '201-1000', '1000+'])),
  address: z.optional(Text),
  /** Contacts who decide for this organisation. */
  decisionMakerIds: z.optional(z.array(Id).check(z.maxLength(100))),
  owner: z.optional(Rep),
  ...authorship,
  createdAt: Epoch,
  updatedAt: Epoch,
});

export const Interaction = z.object({
  id: Id,
  contactIds: z.array(Id),
  /** [contactId, at] pairs: a multi-entry index gives each contact's timeline in time order. */
  timeline: z.array(z.tuple([Id, Epoch])),
  channel: Channel,
  direction: Direction,
  at: Epoch,
  subject: z.optional(Text),
  summary: z.optional(Text),
  /** Unique key of the source item (e.g. "gmail:<message id>"): logging it again is a no-op. */
  sourceKey: z.optional(z.string().check(z.maxLength(300))),
  url: z.optional(Url),
  threadId: z.optional(z.string().check(z.maxLength(200))),
  ...authorship,
  ...privacy,
  createdAt: Epoch,
});

export const Deal = z.object({
  id: Id,
  contactId: z.optional(Id),
  orgId: z.optional(Id),
  title: z.optional(Name),
  amount: z.number(),
  currency: z.string().check(z.length(3)),
  date: Epoch,
  status: z.enum(['open', 'won', 'lost']),
  /** Cost to acquire and serve this deal; revenue minus cost is its historical value. */
  cost: z.optional(z.number()),
  createdAt: Epoch,
});

/** Notes with no contact carry this id, so "unfiled notes" is one index range. */
export const UNFILED = '';

export const Note = z.object({
  id: Id,
  contactId: z.union([Id, z.literal(UNFILED)]),
  text: Text,
  url: z.optional(Url),
  ...authorship,
  ...privacy,
  createdAt: Epoch,
});

export type Contact = z.infer<typeof Contact>;
export type Organisation = z.infer<typeof Organisation>;
export type Interaction = z.infer<typeof Interaction>;
export type Deal = z.infer<typeof Deal>;
export type Note = z.infer<typeof Note>;
export type Insights = z.infer<typeof Insights>;
export type NextStep = z.infer<typeof NextStep>;
export type Loss = z.infer<typeof Loss>;
