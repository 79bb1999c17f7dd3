/**
 * A hybrid logical clock: wall time in ms, a counter for events in the same ms, and the writer's node
 * id, as one string that sorts in clock order. Every rep's clock moves past every clock it has seen, so
 * a later edit carries a larger stamp even when a laptop's clock is a little behind.
 */
const NODE = Array.from(crypto.getRandomValues(new Uint8Array(4)), (b) => b.toString(16).padStart(2, '0')).join('');

let lastMs = 0;
let lastCount = 0;

export type Hlc = string;

function format(ms: number, count: number, node: string): Hlc {
  return `${ms.toString().padStart(15, '0')}-${count.toString().padStart(5, '0')}-${node}`;
}

function parse(hlc: Hlc): { ms: number; count: number } | null {
  const m = /^(\d{15})-(\d{5})-[0-9a-f]+$/.exec(hlc);
  return m ? { ms: Number(m[1]), count: Number(m[2]) } : null;
}

/** The stamp of a local event now. */
export function nextHlc(now = Date.now()): Hlc {
  if (now > lastMs) {
    lastMs = now;
    lastCount = 0;
  } else lastCount += 1;
  return format(lastMs, lastCount, NODE);
}

/**
 * Moves this clock past the latest of a document's stamps: stamps sort in clock order, so only the
 * greatest is read (all of them, should it be malformed).
 */
export function observeLatestHlc(stamps: readonly Hlc[]): void {
  let latest = '';
  for (const stamp of stamps) if (stamp > latest) latest = stamp;
  if (parse(latest)) observeHlc(latest);
  else for (const stamp of stamps) observeHlc(stamp);
}

/** Moves this clock past a stamp received from another rep. */
function observeHlc(remote: Hlc): void {
  const seen = parse(remote);
  if (!seen) return;
  if (seen.ms > lastMs || (seen.ms === lastMs && seen.count > lastCount)) {
    lastMs = seen.ms;
    lastCount = seen.count;
  }
}
