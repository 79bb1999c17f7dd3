import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Verb, VerbInput } from '@/lib/protocol';
import { rpc, type VerbOutput } from '@/lib/protocol/client';

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: unknown };

/** Asks the background once per `key`, and again on reload(); keeps showing the last answer while reloading. */
export function useRpc<V extends Verb>(verb: V, input: VerbInput<V>, key: string) {
  const [loaded, setLoaded] = useState<Loaded<VerbOutput<V>>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  // `key` stands for the input, which is a fresh object on every render.
  useEffect(() => {
    let current = true;
    rpc(verb, input).then(
      (value) => current && setLoaded({ state: 'ready', value }),
      (error: unknown) => current && setLoaded({ state: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [verb, key, generation]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { loaded, reload };
}
