// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/components/i18n';
import { FeedbackContext } from '@/components/shell/feedback';
import { createI18n } from '@/lib/i18n';
import type { DetectedPage } from '@/lib/sites/types';
import { LogButton } from './LogButton';

const rpc = vi.hoisted(() => vi.fn());
vi.mock('@/lib/protocol/client', () => ({ rpc }));

const page: DetectedPage = {
  site: 'gmail',
  kind: 'thread',
  url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmrCGqRWWLDJpwpbdFqz',
  account: 'ann@example.com',
  subject: 'Renewal',
  people: [{ name: 'Carl Ortiz', email: 'carl@customer.example', role: 'from' }],
  messages: [{ id: 'm1', fromEmail: 'carl@customer.example', toEmails: ['ann@example.com'], at: 1 }],
  problems: [],
};

let offered: string[];

function renderButton() {
  render(
    <I18nProvider value={createI18n('en')}>
      <FeedbackContext.Provider
        value={{ say: () => undefined, fail: () => undefined, offerUndo: (text) => offered.push(text) }}
      >
        <LogButton page={page} onLogged={async () => undefined} />
      </FeedbackContext.Provider>
    </I18nProvider>,
  );
}

beforeEach(() => {
  offered = [];
  rpc.mockReset();
  rpc.mockResolvedValue({ interactionIds: ['i1'], createdContactIds: [] });
});
afterEach(cleanup);

describe('the sidebar log button', () => {
  it('logs for the team by default', async () => {
    renderButton();
    fireEvent.click(screen.getByRole('button', { name: 'Log this email (1 messages)' }));
    await waitFor(() => expect(offered).toEqual(['Logged 1 messages for 1 people.']));
    expect(rpc).toHaveBeenCalledTimes(1);
    expect(rpc.mock.calls[0]?.[1]).not.toHaveProperty('private');
  });

  it('with Private ticked, one click logs privately and says so', async () => {
    renderButton();
    const toggle = screen.getByRole('checkbox', { name: 'Private: kept on this machine, never shared with the team' });
    fireEvent.click(toggle);
    fireEvent.click(screen.getByRole('button', { name: 'Log this email (1 messages)' }));
    await waitFor(() =>
      expect(offered).toEqual(['Logged 1 messages for 1 people, privately (not shared with the team).']),
    );
    expect(rpc).toHaveBeenCalledWith(
      'interactions.logThread',
      expect.objectContaining({ private: true, subject: 'Renewal' }),
    );
  });
});
