/**
 * What the rules read of a customer's touches, resolved at `now`: counts and a few moments, never the
 * list itself. The database builds it from its per-contact aggregates (a log must not re-read a big
 * account's timeline); `digestOfTimes` builds the same from plain lists, so both paths share one rule.
 */
import { isFiniteNumber } from './time';

export interface TouchDigest {
  /** Touches the customer started, at or before now. */
  inbound: number;
  /** The rep's own touches, at or before now. */
  outbound: number;
  lastInboundAt: number | null;
  firstOutboundAt: number | null;
  /** The newest touch of either direction at or before now. */
  lastTouchAt: number | null;
  /** The rep's touches after the moment the customer was last heard from (see chasedSince). */
  unansweredOutbound: number;
  /** Touches dated after now, and touches with no usable date: both are left out, and said so. */
  future: number;
  invalid: number;
}

/**
 * From when the rep's touches count as unanswered: the later of the last purchase and the last inbound
 * message; for a prospect never heard from, the first outbound touch (the first one opens the chase);
 * with no touch at all, now.
 */
export function chasedSince(
  lastPurchaseAt: number | null,
  lastInboundAt: number | null,
  firstOutboundAt: number | null,
  now: number,
): number {
  const lastActivityAt =
    lastPurchaseAt === null
      ? lastInboundAt
      : lastInboundAt === null
        ? lastPurchaseAt
        : Math.max(lastPurchaseAt, lastInboundAt);
  return lastActivityAt ?? firstOutboundAt ?? now;
}

/** The newest purchase time the rules accept (a finite time at or before now), or null. */
export function lastPurchaseAt(purchases: readonly { at: number }[], now: number): number | null {
  let last: number | null = null;
  for (const { at } of purchases) if (isFiniteNumber(at) && at <= now && (last === null || at > last)) last = at;
  return last;
}

/** The digest of plain lists of times (inbound and outbound), resolved at `now`. */
export function digestOfTimes(
  inbound: readonly number[] | undefined,
  outbound: readonly number[] | undefined,
  lastPurchase: number | null,
  now: number,
): TouchDigest {
  const digest: TouchDigest = {
    inbound: 0,
    outbound: 0,
    lastInboundAt: null,
    firstOutboundAt: null,
    lastTouchAt: null,
    unansweredOutbound: 0,
    future: 0,
    invalid: 0,
  };
  const kept: number[] = [];
  for (const at of inbound ?? []) {
    if (!isFiniteNumber(at)) digest.invalid += 1;
    else if (at > now) digest.future += 1;
    else {
      digest.inbound += 1;
      if (digest.lastInboundAt === null || at > digest.lastInboundAt) digest.lastInboundAt = at;
      if (digest.lastTouchAt === null || at > digest.lastTouchAt) digest.lastTouchAt = at;
    }
  }
  for (const at of outbound ?? []) {
    if (!isFiniteNumber(at)) digest.invalid += 1;
    else if (at > now) digest.future += 1;
    else {
      digest.outbound += 1;
      kept.push(at);
      if (digest.firstOutboundAt === null || at < digest.firstOutboundAt) digest.firstOutboundAt = at;
      if (digest.lastTouchAt === null || at > digest.lastTouchAt) digest.lastTouchAt = at;
    }
  }
  const since = chasedSince(lastPurchase, digest.lastInboundAt, digest.firstOutboundAt, now);
  digest.unansweredOutbound = kept.filter((at) => at > since).length;
  return digest;
}
