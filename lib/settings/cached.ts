import type { WxtStorageItem } from 'wxt/utils/storage';

/** A setting as the worker reads it: from storage once, then from memory, kept current by storage's change events. */
export interface CachedSetting<T> {
  get(): Promise<T>;
  set(value: T): Promise<void>;
}

/**
 * Lookups and logs read settings on every request; a storage read costs a round trip each. Other pages change
 * settings at any time: every change (and removal, as the fallback) replaces the value held.
 */
export function cachedSetting<T>(item: WxtStorageItem<T, Record<string, unknown>>): CachedSetting<T> {
  let held: Promise<T> | undefined;
  let watching = false;
  const read = (): Promise<T> => {
    const reading = item.getValue();
    reading.catch(() => {
      if (held === reading) held = undefined;
    });
    return reading;
  };
  return {
    get() {
      if (!watching) {
        // Before the first read, so that no change can fall between the read and the watch.
        item.watch((value) => {
          held = Promise.resolve(value);
        });
        watching = true;
      }
      held ??= read();
      return held;
    },
    async set(value) {
      held = Promise.resolve(value);
      try {
        await item.setValue(value);
      } catch (error) {
        held = undefined;
        throw error;
      }
    },
  };
}
