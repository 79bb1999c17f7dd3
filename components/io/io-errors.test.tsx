import { describe, expect, it } from 'vitest';
import { createI18n } from '@/lib/i18n';
import { en } from '@/lib/i18n/en';
import { IMPORT_ERROR_CODES, ImportError } from '@/lib/io/errors';
import { RpcError } from '@/lib/messaging/client';
import { describeIoError, JOB_ERROR_CODES } from './io-errors';

describe('describeIoError', () => {
  it('has a message for every code an import, restore or export can fail with', () => {
    for (const code of [...IMPORT_ERROR_CODES, ...JOB_ERROR_CODES]) expect(en).toHaveProperty(`io.error.${code}`);
  });

  it('translates file errors and background job errors, in both languages', () => {
    const zh = createI18n('zh-CN');
    expect(describeIoError(zh, new ImportError('wrong-passphrase-or-corrupt', 'x'))).toContain('密码错误');
    expect(describeIoError(createI18n('en'), new RpcError('failed', 'import-not-found'))).toContain(
      'no longer waiting',
    );
    expect(describeIoError(createI18n('en'), new RpcError('failed', 'disk full'))).toContain('disk full');
  });
});
