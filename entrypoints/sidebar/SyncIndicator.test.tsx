// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { teamSyncStatusItem } from '@/lib/settings/team';
import { SyncIndicator } from './SyncIndicator';

const shown = async (container: Element) => {
  for (let i = 0; i < 20 && !container.querySelector('[data-sync-state]'); i++)
    await act(() => new Promise((r) => setTimeout(r, 5)));
  return container.querySelector('[data-sync-state]');
};

describe('the sidebar sync line', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('shows nothing while no team is set up', async () => {
    const { container } = render(<SyncIndicator />);
    await act(() => new Promise((r) => setTimeout(r, 30)));
    expect(container.textContent).toBe('');
  });

  it('says up to date, then follows a failed round with the reason Settings gives', async () => {
    await teamSyncStatusItem.setValue({ state: 'ok', at: Date.UTC(2026, 0, 5, 9, 30) });
    const { container } = render(<SyncIndicator />);
    expect((await shown(container))?.textContent).toContain('up to date');
    await act(() => teamSyncStatusItem.setValue({ state: 'failed', at: 2, reason: 'unauthorized' }));
    await act(() => new Promise((r) => setTimeout(r, 10)));
    const line = container.querySelector('[data-sync-state]');
    expect(line?.getAttribute('data-sync-state')).toBe('failed');
    expect(line?.textContent).toContain('Wrong username or password.');
  });

  it('says offline when the browser is', async () => {
    await teamSyncStatusItem.setValue({ state: 'ok', at: 1 });
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const { container } = render(<SyncIndicator />);
      expect((await shown(container))?.getAttribute('data-sync-state')).toBe('offline');
    } finally {
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true });
    }
  });
});
