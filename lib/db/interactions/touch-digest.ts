/**
 * A contact's touch digest at `now` (lib/crm/touch-digest.ts) from its aggregate, reading no interaction:
 * the counts and extremes are kept exactly, and what depends on `now` is in the window of newest
 * entries. The one question the window may not reach (the rep's touches since the customer was last
 * heard from, when that was long ago) is a count of the timeline index, which reads no record.
 */
import { chasedSince, digestOfTimes, type TouchDigest } from '../../crm/touch-digest';
import { type ContactTouches, isComplete } from './touches';

/** Counts the contact's timeline entries in (from, to]. */
export type CountTouches = (from: number, to: number) => Promise<number>;

/** The digest, or null when only the timeline can tell (a stale aggregate, or many touches dated after now). */
export async function digestOfTouches(
  t: ContactTouches,
  lastPurchase: number | null,
  now: number,
  countBetween: CountTouches,
): Promise<TouchDigest | null> {
  if (t.stale) return null;
  if (isComplete(t)) {
    const inbound = t.newest.filter(([, i]) => i === 1).map(([at]) => at);
    const outbound = t.newest.filter(([, i]) => i === 0).map(([at]) => at);
    const digest = digestOfTimes(inbound, outbound, lastPurchase, now);
    return { ...digest, invalid: digest.invalid + t.invalid };
  }
  const oldest = t.newest[0]?.[0];
  // Every entry outside the window is no newer than its oldest: if that is past now, so may they be.
  if (oldest === undefined || oldest > now) return null;
  let futureInbound = 0;
  let futureOutbound = 0;
  let lastTouchAt = oldest;
  let lastInboundUpToNow: number | null = null;
  for (const [at, inbound] of t.newest) {
    if (at > now) {
      if (inbound) futureInbound++;
      else futureOutbound++;
      continue;
    }
    lastTouchAt = Math.max(lastTouchAt, at);
    if (inbound) lastInboundUpToNow = at;
  }
  let lastInboundAt = t.lastInboundAt;
  if (lastInboundAt !== null && lastInboundAt > now) {
    // The newest inbound touch is dated after now: the one before it is in the window, or there is none.
    if (t.inbound === futureInbound) lastInboundAt = null;
    else if (lastInboundUpToNow === null) return null;
    else lastInboundAt = lastInboundUpToNow;
  }
  const outbound = t.count - t.inbound - futureOutbound;
  const firstOutboundAt = t.firstOutboundAt !== null && t.firstOutboundAt <= now ? t.firstOutboundAt : null;
  const since = chasedSince(lastPurchase, lastInboundAt, firstOutboundAt, now);
  // No inbound touch up to now is newer than `since`: the timeline's entries in (since, now] are the rep's.
  const unansweredOutbound =
    since >= now
      ? 0
      : since >= oldest
        ? t.newest.filter(([at, inbound]) => inbound === 0 && at > since && at <= now).length
        : await countBetween(since, now);
  return {
    inbound: t.inbound - futureInbound,
    outbound,
    lastInboundAt,
    firstOutboundAt,
    lastTouchAt,
    unansweredOutbound,
    future: futureInbound + futureOutbound,
    invalid: t.invalid,
  };
}
