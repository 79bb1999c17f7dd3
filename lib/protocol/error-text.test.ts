import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n';
import { en } from '../i18n/en';
import { zhCN } from '../i18n/zh-CN';
import { ImportError } from '../io/errors';
import { RpcError } from './client';
import { errorText } from './error-text';
import { REASONS } from './reasons';

const english = createI18n('en');
const chinese = createI18n('zh-CN', zhCN);

describe('errorText', () => {
  it('has a text in both languages for every reason the background can refuse with', () => {
    for (const reason of REASONS) {
      const text = errorText(english, new RpcError('failed', 'x', reason));
      expect(Object.values(en)).toContain(text);
      expect(Object.values(zhCN)).toContain(errorText(chinese, new RpcError('failed', 'x', reason)));
    }
  });

  it('translates a refused CRM change, a refused merge and a lost import by their reason', () => {
    expect(errorText(chinese, new RpcError('failed', 'whatever', 'step-out-of-order'))).toBe(
      '请按顺序完成：上一步尚未完成。',
    );
    expect(errorText(english, new RpcError('failed', 'x', 'merge-already-undone'))).toBe(
      'That merge was already undone.',
    );
    expect(errorText(english, new RpcError('failed', 'x', 'import-not-found'))).toContain('no longer waiting');
  });

  it('reads the reason, never the message: a message that looks like a code is described as a failure', () => {
    expect(errorText(english, new RpcError('failed', 'step-out-of-order'))).toContain('step-out-of-order');
    expect(errorText(english, new RpcError('failed', 'step-out-of-order'))).not.toContain('previous step');
  });

  it('translates what the page itself could not read, and describes anything else as usual', () => {
    expect(errorText(chinese, new ImportError('wrong-passphrase-or-corrupt', 'x'))).toContain('密码错误');
    expect(errorText(english, new RpcError('failed', 'disk on fire'))).toContain('disk on fire');
    expect(errorText(english, new RpcError('no-answer', 'silence'))).toBe(en['error.no-answer']);
    expect(errorText(english, new Error('boom'))).toContain('boom');
  });
});
