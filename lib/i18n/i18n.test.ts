import { describe, expect, it } from 'vitest';
import { REASON_CODES } from '../crm/types';
import { en } from './en';
import { createI18n, loadI18n, pickLocale } from './index';
import { zhCN } from './zh-CN';

describe('i18n', () => {
  it('has every English message in Simplified Chinese, with the same placeholders', () => {
    for (const [key, text] of Object.entries(en)) {
      const zh = zhCN[key as keyof typeof en];
      expect(zh, key).toBeTruthy();
      const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(holes(zh), key).toEqual(holes(text));
    }
  });

  it('explains every reason the domain can give', () => {
    for (const code of REASON_CODES) expect(en, code).toHaveProperty(`reason.${code}`);
  });

  it('fills placeholders and formats by locale', () => {
    const zh = createI18n('zh-CN', zhCN);
    expect(zh.t('log.done', { count: 3, people: 2 })).toBe('已为 2 位联系人记录 3 条消息。');
    expect(createI18n('en').money(1234)).toBe('$1,234');
  });

  it('formats each amount in its own currency, whatever was shown before', () => {
    const { money } = createI18n('en');
    expect([money(5, 'EUR'), money(5), money(1234.4, 'EUR'), money(7, 'JPY')]).toEqual(['€5', '$5', '€1,234', '¥7']);
  });

  it('follows the browser language unless the user chose one', () => {
    expect(pickLocale('auto', 'zh-TW')).toBe('zh-CN');
    expect(pickLocale('auto', 'de-DE')).toBe('en');
    expect(pickLocale('en', 'zh-CN')).toBe('en');
  });
});

describe('loadI18n', () => {
  it('loads the Chinese catalog on demand and keeps English at hand', async () => {
    expect((await loadI18n('zh-CN')).t('log.done', { count: 3, people: 2 })).toBe('已为 2 位联系人记录 3 条消息。');
    expect((await loadI18n('en')).t('log.done', { count: 3, people: 2 })).toBe(
      createI18n('en').t('log.done', { count: 3, people: 2 }),
    );
  });
});
