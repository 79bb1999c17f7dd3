import { ownAddressesItem } from '@/lib/settings';

let known: string[] = [];
let reading: Promise<void> | undefined;

/**
 * The user's own addresses, read once as the sidebar starts: the lookup started as a page arrives and the first
 * render of that page leave out the same people (App follows later changes itself).
 */
export function readOwnAddresses(): void {
  reading ??= ownAddressesItem.getValue().then(
    (value) => void (known = value),
    () => undefined,
  );
}

export const ownAddressesSoFar = (): string[] => known;
