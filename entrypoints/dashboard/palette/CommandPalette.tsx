// The palette is the APG combobox pattern: focus stays in the input, which points at the active
// option with aria-activedescendant. Options are therefore not focusable and take no keys
// themselves, which these rules cannot see.
// biome-ignore-all lint/a11y/useFocusableInteractive: options are reached via aria-activedescendant
// biome-ignore-all lint/a11y/useKeyWithClickEvents: the combobox input handles the keys
// biome-ignore-all lint/a11y/noNoninteractiveElementToInteractiveRole: listbox and option are the pattern's roles
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { foldForSearch } from '@/lib/db/contacts/search-tokens';
import type { PaletteCommand } from './palette-command';
import { usePaletteContacts } from './use-palette-contacts';

const KIND_LABEL = {
  view: 'dashboard.palette.kind.view',
  action: 'dashboard.palette.kind.action',
  contact: 'dashboard.palette.kind.contact',
} as const;

/**
 * Ctrl/Cmd+K: one box to jump to a view, open a contact or run an action, entirely from the
 * keyboard. ARIA combobox: focus stays in the input, the active option is announced.
 */
export function CommandPalette({
  commands,
  onOpenContact,
  onClose,
}: {
  commands: PaletteCommand[];
  onOpenContact(id: string): void;
  onClose(): void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [confirming, setConfirming] = useState<PaletteCommand | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const contacts = usePaletteContacts(confirming ? '' : text, onOpenContact);

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    input.current?.focus();
    return () => before?.focus();
  }, []);

  const words = foldForSearch(text).split(/\s+/).filter(Boolean);
  const matching = commands.filter((c) => {
    const hay = foldForSearch(`${c.label} ${c.keywords ?? ''}`);
    return words.every((w) => hay.includes(w));
  });
  const options: PaletteCommand[] = confirming
    ? [
        { id: 'confirm', kind: 'action', label: confirming.confirm?.yes ?? confirming.label, run: confirming.run },
        { id: 'cancel', kind: 'action', label: t('dashboard.palette.cancel'), run: () => setConfirming(null) },
      ]
    : [...matching, ...contacts];
  const current = Math.min(active, options.length - 1);

  const choose = (option: PaletteCommand | undefined) => {
    if (!option) return;
    if (option.confirm && !confirming) {
      setConfirming(option);
      setActive(1);
      setText('');
      return;
    }
    if (option.id === 'cancel') {
      setConfirming(null);
      setActive(0);
      return;
    }
    onClose();
    option.run();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const n = options.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (n) setActive((current + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(options[current]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (confirming) setConfirming(null);
      else onClose();
    } else if (e.key === 'Tab') {
      // The dialog is modal and the input is its only stop.
      e.preventDefault();
    }
  };

  const optionId = (k: number) => `palette-option-${k}`;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: clicking outside closes, as Escape does
    <div
      class="palette-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div class="palette" role="dialog" aria-modal="true" aria-labelledby="palette-title">
        <h2 id="palette-title" class="visually-hidden">
          {t('dashboard.palette.title')}
        </h2>
        {confirming ? <p class="palette-question">{confirming.confirm?.question}</p> : null}
        <input
          ref={input}
          type="text"
          role="combobox"
          aria-label={t(confirming ? 'dashboard.palette.confirmLabel' : 'dashboard.palette.input')}
          aria-expanded={options.length > 0}
          aria-controls="palette-options"
          aria-autocomplete="list"
          aria-activedescendant={options.length > 0 ? optionId(current) : undefined}
          placeholder={t('dashboard.palette.placeholder')}
          value={text}
          readOnly={!!confirming}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul
          id="palette-options"
          role="listbox"
          aria-label={t('dashboard.palette.results')}
          hidden={options.length === 0}
        >
          {options.map((option, k) => (
            <li
              key={`${option.kind}:${option.id}`}
              id={optionId(k)}
              role="option"
              aria-selected={k === current}
              class={k === current ? 'palette-option active' : 'palette-option'}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(option)}
              onMouseMove={() => k !== current && setActive(k)}
            >
              <span class="palette-kind">{t(KIND_LABEL[option.kind])}</span>
              <span class="palette-label">{option.label}</span>
            </li>
          ))}
        </ul>
        {options.length === 0 ? (
          <p class="muted palette-empty" role="status">
            {t('dashboard.palette.noMatch')}
          </p>
        ) : null}
      </div>
    </div>
  );
}
