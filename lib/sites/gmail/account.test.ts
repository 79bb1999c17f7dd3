// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readGmailAccount } from './account';

const page = (body: string, title = '') =>
  new DOMParser().parseFromString(`<!doctype html><title>${title}</title><body>${body}</body>`, 'text/html');

describe('readGmailAccount', () => {
  it('reads the address in parentheses on the account button, lower-cased', () => {
    const doc = page('<a aria-label="Google Account: Ann Lee  \n(Ann@Example.com)" href="#"></a>');
    expect(readGmailAccount(doc)).toBe('ann@example.com');
  });

  it('falls back to the title, ignoring addresses in the subject', () => {
    expect(readGmailAccount(page('', 'Inbox (3) - ann@example.com - Gmail'))).toBe('ann@example.com');
    expect(readGmailAccount(page('', 'Re: ask bob@x.com - now - ann@example.com - Gmail'))).toBe('ann@example.com');
  });

  it('is null when nothing shows it', () => {
    expect(readGmailAccount(page('<a aria-label="Google apps"></a>', 'Gmail'))).toBeNull();
    expect(readGmailAccount(page('<a aria-label="Google Account: Ann (<b>@x)"></a>', 'Gmail'))).toBeNull();
  });
});
