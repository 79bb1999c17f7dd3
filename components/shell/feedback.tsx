import { type ComponentChildren, createContext } from 'preact';
import { useCallback, useContext, useMemo, useState } from 'preact/hooks';
import type { I18n } from '@/lib/i18n';
import { useI18n } from '../i18n';
import { Toast, type ToastMessage } from './Toast';

/** Turns a failure into a sentence the user can act on. */
export type Describe = (i18n: I18n, error: unknown) => string;

export interface UndoOffer {
  /** Takes the change back, and refreshes whatever shows it. */
  undo(): Promise<unknown>;
  /** Said once it is taken back. */
  undone: string;
  /** How a failed undo is described, when not as the page describes failures. */
  describe?: Describe;
}

/** What any part of a page can say to the user: one message at a time, the newest replacing the last. */
export interface Feedback {
  say(text: string): void;
  /** A failure, described by `describe`, else as the page describes failures. */
  fail(error: unknown, describe?: Describe): void;
  /** A change that was made, with Undo while the message shows; Undo hides it, then says how it went. */
  offerUndo(text: string, offer: UndoOffer): void;
}

const silent: Feedback = { say: () => undefined, fail: () => undefined, offerUndo: () => undefined };
/** Exported for tests that stand in for the page's service. */
export const FeedbackContext = createContext<Feedback>(silent);
export const useFeedback = () => useContext(FeedbackContext);

/** The page's one feedback service and its one toast. Inside the page's I18nProvider. */
export function FeedbackProvider(props: { describe: Describe; children: ComponentChildren }) {
  const i18n = useI18n();
  const { describe } = props;
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const close = useCallback(() => setToast(null), []);
  const feedback = useMemo<Feedback>(() => {
    const show = (text: string, extra: Pick<ToastMessage, 'tone' | 'undo'> = {}) =>
      setToast({ id: Date.now(), text, ...extra });
    const fail = (error: unknown, how: Describe = describe) => show(how(i18n, error), { tone: 'error' });
    return {
      say: (text) => show(text),
      fail,
      offerUndo(text, offer) {
        const undo = () => {
          // Hidden at once: a second press cannot take the change back twice.
          setToast(null);
          offer.undo().then(
            () => show(offer.undone),
            (error: unknown) => fail(error, offer.describe),
          );
        };
        show(text, { undo });
      },
    };
  }, [i18n, describe]);
  return (
    <FeedbackContext.Provider value={feedback}>
      {props.children}
      <Toast toast={toast} onClose={close} />
    </FeedbackContext.Provider>
  );
}
