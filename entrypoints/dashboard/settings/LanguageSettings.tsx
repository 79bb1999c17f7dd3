import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/lib/i18n';
import { type LanguageSetting, languageItem, type ThemeSetting, themeItem } from '@/lib/settings';

interface Choice<T extends string> {
  value: T;
  label: MessageKey;
}

const LANGUAGES: Choice<LanguageSetting>[] = [
  { value: 'auto', label: 'dashboard.settings.languageAuto' },
  { value: 'en', label: 'dashboard.settings.english' },
  { value: 'zh-CN', label: 'dashboard.settings.chinese' },
];

const THEMES: Choice<ThemeSetting>[] = [
  { value: 'auto', label: 'dashboard.settings.themeAuto' },
  { value: 'light', label: 'dashboard.settings.themeLight' },
  { value: 'dark', label: 'dashboard.settings.themeDark' },
];

/** A stored setting as state: read once, followed when another page changes it. */
function useSetting<T>(item: { getValue(): Promise<T>; watch(cb: (v: T) => void): () => void }, fallback: T) {
  const [value, setValue] = useState(fallback);
  useEffect(() => {
    item.getValue().then(setValue);
    return item.watch(setValue);
  }, [item]);
  return value;
}

/** Language and theme; every open Rapport page follows the change at once. */
export function LanguageSettings() {
  const { t } = useI18n();
  const language = useSetting<LanguageSetting>(languageItem, 'auto');
  const theme = useSetting<ThemeSetting>(themeItem, 'auto');
  return (
    <section class="settings-section" aria-labelledby="language-settings-title">
      <h3 id="language-settings-title">{t('dashboard.settings.appearance')}</h3>
      <Radios
        name="language"
        legend={t('dashboard.settings.language')}
        choices={LANGUAGES}
        value={language}
        onChange={(v) => languageItem.setValue(v)}
      />
      <Radios
        name="theme"
        legend={t('dashboard.settings.theme')}
        choices={THEMES}
        value={theme}
        onChange={(v) => themeItem.setValue(v)}
      />
    </section>
  );
}

function Radios<T extends string>(props: {
  name: string;
  legend: string;
  choices: Choice<T>[];
  value: T;
  onChange(value: T): void;
}) {
  const { t } = useI18n();
  return (
    <fieldset class="radios">
      <legend>{props.legend}</legend>
      {props.choices.map((choice) => (
        <label key={choice.value}>
          <input
            type="radio"
            name={props.name}
            value={choice.value}
            checked={props.value === choice.value}
            onChange={() => props.onChange(choice.value)}
          />
          {/* Each language is named in itself, so it can be found whatever the UI language. */}
          <span lang={choice.value === 'zh-CN' ? 'zh-CN' : choice.value === 'en' ? 'en' : undefined}>
            {t(choice.label)}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
