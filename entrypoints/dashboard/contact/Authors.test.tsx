// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '@/components/i18n';
import { createI18n } from '@/lib/i18n';
import { Authors } from './Authors';

afterEach(cleanup);

const en = createI18n('en');
const authors = (record: { createdBy?: string; changedBy?: string }) => {
  const { container } = render(
    <I18nProvider value={en}>
      <Authors record={record} />
    </I18nProvider>,
  );
  return container.textContent;
};

describe('who added and changed a record', () => {
  it('says who added it, who changed it last, or nothing when nobody is known', () => {
    expect(authors({ createdBy: 'Ann', changedBy: 'Bo' })).toBe('Added by Ann · changed by Bo');
    cleanup();
    expect(authors({ createdBy: 'Ann', changedBy: 'Ann' })).toBe('Added by Ann');
    cleanup();
    expect(authors({ changedBy: 'Bo' })).toBe('Changed by Bo');
    cleanup();
    expect(authors({})).toBe('');
  });
});
