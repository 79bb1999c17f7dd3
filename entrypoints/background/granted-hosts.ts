/**
 * Whether an origin is among our granted hosts, remembered until the granted hosts change (onAdded, onRemoved): a
 * sidebar is welcomed without a round trip to the browser each time it opens. A check still on its way when they
 * change answers only the sidebar that asked; the next one asks again.
 */
export function grantedHosts(): (origin: string) => Promise<boolean> {
  const known = new Map<string, Promise<boolean>>();
  const forget = () => known.clear();
  browser.permissions.onAdded.addListener(forget);
  browser.permissions.onRemoved.addListener(forget);
  return (origin) => {
    const remembered = known.get(origin);
    if (remembered) return remembered;
    const verdict = browser.permissions.contains({ origins: [origin] });
    known.set(origin, verdict);
    verdict.catch(() => known.delete(origin));
    return verdict;
  };
}
