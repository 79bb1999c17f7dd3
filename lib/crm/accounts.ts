/**
 * Organisations are customers too. The units ranked for tiers are accounts: an organisation, whose value is the
 * deals booked on it plus those of its people, or a person without an organisation. Each person then shows the
 * tier of the account they buy for.
 */
import { rankTiers } from './tiers';
import type { Tier, TierCuts } from './types';

export interface AccountMember {
  id: string;
  orgId?: string | null | undefined;
  /** The person's own value (their deals); null or ≤ 0 without. */
  value: number | null;
}

export interface AccountTiers {
  /** Account key (`org:<id>` or `person:<id>`) → tier, null for an account without value. */
  accounts: Map<string, Tier | null>;
  /** Person id → the tier of their account, null for a prospect. */
  people: Map<string, Tier | null>;
  /** Person id → the key of their account. */
  accountOf: Map<string, string>;
}

export const accountKey = (member: Pick<AccountMember, 'id' | 'orgId'>): string =>
  member.orgId ? `org:${member.orgId}` : `person:${member.id}`;

const positive = (value: number | null | undefined): number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;

/**
 * Ranks accounts by value. `orgValues` holds what is booked on each organisation itself (deals without a
 * person, or the organisation's predicted value); people's own values are added to their organisation's.
 */
export function accountTiers(
  people: readonly AccountMember[],
  orgValues: ReadonlyMap<string, number> = new Map(),
  cuts?: TierCuts,
): AccountTiers {
  const values = new Map<string, number | null>();
  for (const [orgId, value] of orgValues) values.set(`org:${orgId}`, positive(value));
  for (const person of people) {
    const key = accountKey(person);
    const sum = (values.get(key) ?? 0) + positive(person.value);
    values.set(key, Number.isFinite(sum) ? sum : Number.MAX_VALUE);
  }
  return tiersByAccount(people, values, cuts);
}

/**
 * Ranks accounts whose values are known already (account key → value, null without), and gives every person
 * their account's tier.
 */
export function tiersByAccount(
  people: readonly Pick<AccountMember, 'id' | 'orgId'>[],
  accountValues: ReadonlyMap<string, number | null>,
  cuts?: TierCuts,
): AccountTiers {
  const accounts = rankTiers(accountValues, cuts);
  const accountOf = new Map(people.map((person) => [person.id, accountKey(person)]));
  const tiers = new Map<string, Tier | null>();
  for (const [id, key] of accountOf) tiers.set(id, accounts.get(key) ?? null);
  return { accounts, people: tiers, accountOf };
}
