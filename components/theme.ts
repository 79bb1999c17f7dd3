import { useEffect } from 'preact/hooks';
import { type ThemeSetting, themeItem } from '@/lib/settings';
import './theme-modes.css';

/** Forces light or dark on this page, or gives it back to the system's preference. */
export function applyTheme(setting: ThemeSetting, root: HTMLElement = document.documentElement): void {
  if (setting === 'auto') delete root.dataset.theme;
  else root.dataset.theme = setting;
}

/** The theme the user chose in settings, applied to this page and followed as it changes. */
export function useTheme(): void {
  useEffect(() => {
    themeItem.getValue().then((setting) => applyTheme(setting));
    return themeItem.watch((setting) => applyTheme(setting));
  }, []);
}
