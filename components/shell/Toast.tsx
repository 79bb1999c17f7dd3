import { useEffect } from 'preact/hooks';
import { useI18n } from '../i18n';

export interface ToastMessage {
  id: number;
  text: string;
  tone?: 'info' | 'error';
  undo?: () => void;
}

const SHOW_MS = 10_000;

/** The last change, announced to screen readers, with Undo while it lasts. */
export function Toast({ toast, onClose }: { toast: ToastMessage | null; onClose(): void }) {
  const { t } = useI18n();
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onClose, SHOW_MS);
    return () => clearTimeout(timer);
  }, [toast, onClose]);
  return (
    <div
      class={`toast ${toast ? 'visible' : ''} ${toast?.tone === 'error' ? 'error' : ''}`}
      role="status"
      aria-live="polite"
    >
      {toast ? <span>{toast.text}</span> : null}
      {toast?.undo ? (
        <button type="button" onClick={toast.undo}>
          {t('log.undo')}
        </button>
      ) : null}
    </div>
  );
}
