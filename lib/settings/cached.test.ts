import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { cachedSetting } from './cached';

const domainsItem = storage.defineItem<string[]>('local:testDomains', { fallback: [] });

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('cachedSetting', () => {
  it('reads storage once, then answers from memory', async () => {
    await fakeBrowser.storage.local.set({ testDomains: ['family.example'] });
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    const domains = cachedSetting(domainsItem);
    expect(await domains.get()).toEqual(['family.example']);
    expect(await domains.get()).toEqual(['family.example']);
    expect(await Promise.all([domains.get(), domains.get()])).toEqual([['family.example'], ['family.example']]);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('follows changes that other pages make in storage', async () => {
    const domains = cachedSetting(domainsItem);
    expect(await domains.get()).toEqual([]);
    await domainsItem.setValue(['family.example']);
    expect(await domains.get()).toEqual(['family.example']);
    await fakeBrowser.storage.local.set({ testDomains: ['home.example', 'family.example'] });
    expect(await domains.get()).toEqual(['home.example', 'family.example']);
  });

  it('falls back to the default when the setting is removed', async () => {
    await domainsItem.setValue(['family.example']);
    const domains = cachedSetting(domainsItem);
    expect(await domains.get()).toEqual(['family.example']);
    await domainsItem.removeValue();
    expect(await domains.get()).toEqual([]);
  });

  it('answers its own writes at once and stores them', async () => {
    const domains = cachedSetting(domainsItem);
    expect(await domains.get()).toEqual([]);
    const writing = domains.set(['family.example']);
    expect(await domains.get()).toEqual(['family.example']);
    await writing;
    expect(await domainsItem.getValue()).toEqual(['family.example']);
  });

  it('reads again after a failed read instead of keeping the failure', async () => {
    await fakeBrowser.storage.local.set({ testDomains: ['family.example'] });
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('storage unavailable'));
    const domains = cachedSetting(domainsItem);
    await expect(domains.get()).rejects.toThrow('storage unavailable');
    expect(await domains.get()).toEqual(['family.example']);
  });

  it('forgets a write that storage refused', async () => {
    await fakeBrowser.storage.local.set({ testDomains: ['family.example'] });
    const domains = cachedSetting(domainsItem);
    expect(await domains.get()).toEqual(['family.example']);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('quota'));
    await expect(domains.set(['other.example'])).rejects.toThrow('quota');
    expect(await domains.get()).toEqual(['family.example']);
  });
});
