import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { NextStepEditor } from '@/components/NextStepEditor';
import { TierOverrideForm } from '@/components/TierOverrideForm';
import type { Contact } from '@/lib/schema/records';

type Action = 'nextStep' | 'tier';
const ACTIONS: readonly Action[] = ['nextStep', 'tier'];
const FOCUSABLE = 'input, select, textarea, button';

/**
 * Small forms opened in place, one at a time, by keyboard as well as by mouse: the form takes the focus,
 * Escape (or Close) shuts it, and the focus goes back to the button that opened it.
 */
export function QuickActions({ contact }: { contact: Contact }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<Action | null>(null);
  const openers = useRef<Partial<Record<Action, HTMLButtonElement | null>>>({});
  const panel = useRef<HTMLDivElement>(null);
  const panelId = `actions-${contact.id}`;
  const label = { nextStep: t('sidebar.sidebar.setNextStep'), tier: t('sidebar.sidebar.changeTier') };

  const close = () => {
    if (open) openers.current[open]?.focus();
    setOpen(null);
  };
  useEffect(() => {
    const element = panel.current;
    if (!open || !element) return;
    element.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      close();
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, [open]);

  return (
    <div class="quick-actions">
      <div class="quick-buttons">
        {ACTIONS.map((action) => (
          <button
            key={action}
            type="button"
            ref={(button) => {
              openers.current[action] = button;
            }}
            aria-expanded={open === action}
            aria-controls={open === action ? panelId : undefined}
            onClick={() => (open === action ? close() : setOpen(action))}
          >
            {label[action]}
          </button>
        ))}
      </div>
      {open ? (
        <div id={panelId} ref={panel} class="inline-action">
          {open === 'nextStep' ? (
            <NextStepEditor contact={contact} now={Date.now()} formClass="inline-form" onDone={close} />
          ) : null}
          {open === 'tier' ? <TierOverrideForm contact={contact} onDone={close} /> : null}
          <button type="button" class="close" onClick={close}>
            {t('sidebar.sidebar.close')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
