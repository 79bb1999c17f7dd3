/**
 * Calls `release` once `idleMs` pass with no `used()`. An open dashboard on screen asks something
 * at least every 20 s (its keep-alive ping), so a longer silence means none is open or shown.
 */
export function releaseWhenIdle(release: () => void, idleMs: number): { used(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    used() {
      clearTimeout(timer);
      timer = setTimeout(release, idleMs);
    },
  };
}
