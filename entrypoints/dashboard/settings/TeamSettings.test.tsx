// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { teamSyncStatusItem } from '@/lib/settings/team';
import { TeamSettings } from './TeamSettings';

vi.mock('@/lib/protocol/client', () => ({
  rpc: vi.fn(async () => ({
    enabled: true,
    url: 'https://couch.example.com',
    database: 'acme-team',
    username: 'ann',
    hasPassword: true,
    hasPassphrase: true,
    status: { state: 'ok', at: 1, pulled: 0, pushed: 0 },
  })),
}));
afterEach(cleanup);

describe('Settings → Team', () => {
  it("follows a first sync live: how much of the team's book has arrived, then the round's outcome", async () => {
    render(<TeamSettings />);
    await screen.findByText('In sync. Last round: 0 received, 0 sent.');

    await teamSyncStatusItem.setValue({ state: 'syncing', at: 2, progress: { done: 12_000, total: 110_000 } });
    await screen.findByText(/Receiving the team's book: 12,000 of 110,000/);
    const bar = screen.getByRole('progressbar');
    expect(bar.getAttribute('value')).toBe('12000');
    expect(bar.getAttribute('max')).toBe('110000');

    await teamSyncStatusItem.setValue({ state: 'ok', at: 3, pulled: 110_000, pushed: 0 });
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(screen.getByText('In sync. Last round: 110000 received, 0 sent.')).toBeTruthy();
  });
});
