import { afterEach, describe, expect, it, vi } from 'vitest';
import { grantedHosts } from './granted-hosts';

describe('the granted hosts, remembered', () => {
  afterEach(() => vi.restoreAllMocks());

  it('asks the browser once per origin until the granted hosts change', async () => {
    let granted = true;
    const contains = vi.spyOn(browser.permissions, 'contains').mockImplementation(async () => granted as never);
    vi.spyOn(browser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
    const removed: (() => void)[] = [];
    vi.spyOn(browser.permissions.onRemoved, 'addListener').mockImplementation((l) => void removed.push(l as never));
    const isGranted = grantedHosts();
    expect(await isGranted('https://mail.google.com/*')).toBe(true);
    expect(await isGranted('https://mail.google.com/*')).toBe(true);
    expect(contains).toHaveBeenCalledTimes(1);
    granted = false;
    for (const listener of removed) listener();
    expect(await isGranted('https://mail.google.com/*')).toBe(false);
    expect(contains).toHaveBeenCalledTimes(2);
  });

  it('asks again after a check that failed', async () => {
    const contains = vi.spyOn(browser.permissions, 'contains').mockRejectedValueOnce(new Error('busy'));
    contains.mockResolvedValue(true as never);
    vi.spyOn(browser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
    vi.spyOn(browser.permissions.onRemoved, 'addListener').mockImplementation(() => undefined);
    const isGranted = grantedHosts();
    await expect(isGranted('https://crm.example/*')).rejects.toThrow('busy');
    expect(await isGranted('https://crm.example/*')).toBe(true);
  });
});
