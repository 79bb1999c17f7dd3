import { ownAddressesItem } from '@/lib/settings';

let known: string[] = [];
let started = false;

/**
 * The user's own addresses, read once as the sidebar starts: the lookup started as a page arrives and the first
 * render of that page leave out the same people (App follows later changes itself).
 */
export function readOwnAddresses(): void {
  if (started) return;
  started = true;
  ownAddressesItem.getValue().then(
    (value) => {
      known = value;
    },
    () => undefined,
  );
}

export const ownAddressesSoFar = (): string[] => known;
