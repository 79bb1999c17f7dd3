import type { I18n, MessageKey } from '@/lib/i18n';
import { en } from '@/lib/i18n/en';
import { languageItem, themeItem } from '@/lib/settings';
import type { PaletteCommand } from './palette-command';

export interface PaletteView {
  href: string;
  label: MessageKey;
}

export interface PaletteActions {
  recompute(): void;
  seedDemo(): void;
}

/** Everything the palette can do besides opening a contact, in the reader's language. */
export function paletteCommands(i18n: I18n, views: PaletteView[], actions: PaletteActions): PaletteCommand[] {
  const { t } = i18n;
  // English words still find a command under the Chinese UI, and the other way round.
  const also = (key: MessageKey) => (i18n.locale === 'en' ? '' : en[key]);
  const action = (id: string, label: MessageKey, run: () => void, confirm?: PaletteCommand['confirm']) => ({
    id,
    kind: 'action' as const,
    label: t(label),
    keywords: also(label),
    run,
    ...(confirm ? { confirm } : {}),
  });
  return [
    ...views.map((view) => ({
      id: view.href,
      kind: 'view' as const,
      label: t(view.label),
      keywords: also(view.label),
      run: () => {
        location.hash = view.href;
      },
    })),
    action('recompute', 'dashboard.action.recompute', actions.recompute),
    action('seed-demo', 'dashboard.action.seedDemo', actions.seedDemo, {
      question: t('dashboard.action.seedDemoQuestion'),
      yes: t('dashboard.action.seedDemoYes'),
    }),
    action('lang-en', 'dashboard.action.english', () => void languageItem.setValue('en')),
    action('lang-zh', 'dashboard.action.chinese', () => void languageItem.setValue('zh-CN')),
    action('theme-light', 'dashboard.action.themeLight', () => void themeItem.setValue('light')),
    action('theme-dark', 'dashboard.action.themeDark', () => void themeItem.setValue('dark')),
    action('theme-auto', 'dashboard.action.themeAuto', () => void themeItem.setValue('auto')),
  ];
}
