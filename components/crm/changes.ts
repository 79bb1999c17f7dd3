import { createContext } from 'preact';
import { useCallback, useContext, useState } from 'preact/hooks';

/** How a panel reports a saved change (with its undo, when easily reversible) or a refusal. */
export interface Changes {
  done(text: string, undo?: () => Promise<unknown>): void;
  failed(error: unknown): void;
}

export const ChangesContext = createContext<Changes>({ done: () => undefined, failed: () => undefined });

/** Runs one change at a time; a refusal goes to the page's report. */
export function useChange() {
  const changes = useContext(ChangesContext);
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (work: () => Promise<void>) => {
      setBusy(true);
      try {
        await work();
      } catch (error) {
        changes.failed(error);
      } finally {
        setBusy(false);
      }
    },
    [changes],
  );
  return { busy, run, done: changes.done };
}
