import { useEffect } from 'preact/hooks';
import { type ThemeSetting, themeItem } from '@/lib/settings';
import './theme-modes.css';

/** Forces light or dark on this page, or gives it back to the system's preference. */
export function applyTheme(setting: ThemeSetting, root: HTMLElement = document.documentElement): void {
  if (setting === 'auto') delete root.dataset.theme;
  else root.dataset.theme = setting;
}

/** "auto" on a dark site (e.g. Gmail's dark theme) is dark, whatever the system prefers; a choice stays a choice. */
export function themeFor(setting: ThemeSetting, siteDark: boolean): ThemeSetting {
  return setting === 'auto' && siteDark ? 'dark' : setting;
}

/** The theme the user chose in settings, applied to this page and followed as it changes. */
export function useTheme(siteDark = false): void {
  useEffect(() => {
    themeItem.getValue().then((setting) => applyTheme(themeFor(setting, siteDark)));
    return themeItem.watch((setting) => applyTheme(themeFor(setting, siteDark)));
  }, [siteDark]);
}
