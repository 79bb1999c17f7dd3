/**
 * Per-contact touch aggregates: what the insight rules need of a contact's timeline (lib/crm/touch-digest.ts),
 * kept by the interactions door in the transaction that writes the interaction, so that a log's
 * insight refresh never re-reads a big account's whole timeline. Derived data: each machine keeps its
 * own, never replicated, never backed up; always a function of the interactions store alone.
 *
 * Counts and extremes are exact. The rules also need the newest touches around "now" (touches dated
 * in the future, the last touch before now, and the rep's touches since the customer was last heard
 * from), which cannot be kept as numbers when touches may be removed: for these the newest
 * TOUCH_WINDOW entries are kept. The window always holds the newest entries (every entry left out is
 * no newer than its oldest one), so any question about touches newer than its oldest entry is answered
 * from it exactly; other questions are answered from the timeline index (lib/db/interactions/touch-digest.ts).
 */
import { isFiniteNumber } from '../../crm/time';
import type { Interaction } from '../../schema/records';

/** Newest entries kept per contact: a few weeks of mail for a key account, the whole history for most. */
export const TOUCH_WINDOW = 32;

/** One timeline entry: its time, and 1 when the customer started it. */
export type TouchEntry = [at: number, inbound: 0 | 1];

export interface ContactTouches {
  contactId: string;
  /** Timeline entries with a finite time, and how many of those the customer started. */
  count: number;
  inbound: number;
  /** Entries whose time is not a finite number (the rules count them as invalid). */
  invalid: number;
  lastInboundAt: number | null;
  firstOutboundAt: number | null;
  /** The newest entries, oldest first; all of them while `newest.length === count`. */
  newest: TouchEntry[];
  /**
   * Set when a removal left the aggregate unable to answer (see removeTouch): readers then read the
   * timeline, and the next insight refresh writes a fresh aggregate.
   */
  stale?: true;
}

export function noTouches(contactId: string): ContactTouches {
  return { contactId, count: 0, inbound: 0, invalid: 0, lastInboundAt: null, firstOutboundAt: null, newest: [] };
}

/** Every contact's entries of one interaction: one per timeline entry (what its index and the rules read). */
export function entriesOf(interaction: Interaction): [contactId: string, entry: TouchEntry][] {
  const inbound = interaction.direction === 'inbound' ? 1 : 0;
  return interaction.timeline.map(([id, at]) => [id, [at, inbound]]);
}

export const isComplete = (t: ContactTouches) => t.newest.length === t.count;

export function addTouch(t: ContactTouches, [at, inbound]: TouchEntry): void {
  if (!isFiniteNumber(at)) {
    t.invalid += 1;
    return;
  }
  const complete = isComplete(t);
  t.count += 1;
  if (inbound) {
    t.inbound += 1;
    if (t.lastInboundAt === null || at > t.lastInboundAt) t.lastInboundAt = at;
  } else if (t.firstOutboundAt === null || at < t.firstOutboundAt) t.firstOutboundAt = at;
  const oldest = t.newest[0];
  if (!complete && oldest !== undefined && at < oldest[0]) return;
  if (!complete && oldest === undefined) return;
  let place = t.newest.length;
  while (place > 0 && (t.newest[place - 1]?.[0] ?? 0) > at) place--;
  t.newest.splice(place, 0, [at, inbound]);
  if (t.newest.length > TOUCH_WINDOW) t.newest.shift();
}

/**
 * Takes one entry away. Returns false when the aggregate can no longer answer from what it holds (the
 * window ran low, or an extreme left with no successor in sight): the caller rebuilds it from the timeline.
 */
export function removeTouch(t: ContactTouches, [at, inbound]: TouchEntry): boolean {
  if (!isFiniteNumber(at)) {
    t.invalid = Math.max(0, t.invalid - 1);
    return true;
  }
  t.count -= 1;
  if (inbound) t.inbound -= 1;
  const index = t.newest.findIndex(([a, i]) => a === at && i === inbound);
  if (index >= 0) t.newest.splice(index, 1);
  if (t.count < 0 || t.inbound < 0 || t.inbound > t.count) return false;
  const complete = isComplete(t);
  if (inbound && at === t.lastInboundAt) {
    const seen = newestInbound(t.newest);
    if (t.inbound === 0) t.lastInboundAt = null;
    else if (seen !== null) t.lastInboundAt = seen;
    else return false;
  }
  if (!inbound && at === t.firstOutboundAt) {
    if (t.count - t.inbound === 0) t.firstOutboundAt = null;
    else if (complete) t.firstOutboundAt = oldestOutbound(t.newest);
    else return false;
  }
  return complete || t.newest.length >= TOUCH_WINDOW / 2;
}

function newestInbound(entries: readonly TouchEntry[]): number | null {
  for (let k = entries.length - 1; k >= 0; k--) {
    const entry = entries[k];
    if (entry?.[1] === 1) return entry[0];
  }
  return null;
}

function oldestOutbound(entries: readonly TouchEntry[]): number | null {
  for (const [at, inbound] of entries) if (inbound === 0) return at;
  return null;
}

/** The aggregates of a set of interactions, from scratch (an upgrade, a rebuild, the benchmark's seed). */
export function touchesOf(interactions: Iterable<Interaction>, only?: string): Map<string, ContactTouches> {
  const byContact = new Map<string, TouchEntry[]>();
  for (const interaction of interactions) {
    for (const [id, entry] of entriesOf(interaction)) {
      if (only !== undefined && id !== only) continue;
      const entries = byContact.get(id);
      if (entries) entries.push(entry);
      else byContact.set(id, [entry]);
    }
  }
  const result = new Map<string, ContactTouches>();
  for (const [id, entries] of byContact) result.set(id, foldTouches(id, entries));
  return result;
}

/** One contact's aggregate from all its entries. */
export function foldTouches(contactId: string, entries: TouchEntry[]): ContactTouches {
  const t = noTouches(contactId);
  // Oldest first, so each entry lands at the window's end (no insertion in the middle).
  entries.sort((a, b) => a[0] - b[0]);
  for (const entry of entries) addTouch(t, entry);
  return t;
}
