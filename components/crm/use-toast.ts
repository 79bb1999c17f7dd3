import { useCallback, useState } from 'preact/hooks';
import type { ToastMessage } from '../Toast';

/** The page's one toast: the last change, with Undo while it lasts. */
export function useToast() {
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const show = useCallback((text: string, extra: Pick<ToastMessage, 'tone' | 'undo'> = {}) => {
    setToast({ id: Date.now(), text, ...extra });
  }, []);
  const close = useCallback(() => setToast(null), []);
  return { toast, show, close };
}
