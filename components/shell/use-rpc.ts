import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { onSynced } from './synced';

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: unknown };

interface Held<T> {
  answer: { value: T } | null;
  failure: { error: unknown } | null;
}

export interface Answer<T> {
  /** loading until the first answer; failed while the newest ask failed. */
  loaded: Loaded<T>;
  /** The newest answer that arrived: kept while a newer ask is on its way, and after one fails. */
  value: T | undefined;
  /** Why the newest ask failed; null once one succeeds. */
  error: unknown;
  /** Asks again now; resolves once this ask's answer is shown (or dropped for a newer one). Never rejects. */
  reload(): Promise<void>;
}

/**
 * Asks the background (through `ask`) once per `key`, and again on reload(). Only the newest ask's answer is
 * kept: a slow answer to an older key or an earlier reload never overwrites a newer one, and nothing is kept
 * after the page unmounts. `key` stands for whatever `ask` reads, which is a fresh closure on every render.
 * With `wait`, a new key is asked for only once it has stayed that long (typing). Asks again, too, when the
 * team's changes arrive (synced.ts).
 */
export function useRpc<T>(ask: () => Promise<T>, key: string, options: { wait?: number } = {}): Answer<T> {
  const [held, setHeld] = useState<Held<T>>({ answer: null, failure: null });
  const latestAsk = useRef(ask);
  latestAsk.current = ask;
  const newest = useRef(0);

  const reload = useCallback(async () => {
    const ticket = ++newest.current;
    try {
      const value = await latestAsk.current();
      if (ticket === newest.current) setHeld({ answer: { value }, failure: null });
    } catch (error) {
      if (ticket === newest.current) setHeld((before) => ({ answer: before.answer, failure: { error } }));
    }
  }, []);

  const { wait } = options;
  // Before the browser paints: the answer is on its way a frame sooner.
  useLayoutEffect(() => {
    const timer = wait ? setTimeout(reload, wait) : undefined;
    if (!wait) reload();
    return () => {
      clearTimeout(timer);
      // Whatever is still on its way belongs to a key no longer shown.
      newest.current++;
    };
  }, [key, wait, reload]);

  // The team's changes arrived: what is shown is read again, in every view at once.
  useEffect(() => onSynced(() => void reload()), [reload]);

  const loaded: Loaded<T> = held.failure
    ? { state: 'failed', error: held.failure.error }
    : held.answer
      ? { state: 'ready', value: held.answer.value }
      : { state: 'loading' };
  return { loaded, value: held.answer?.value, error: held.failure ? held.failure.error : null, reload };
}
