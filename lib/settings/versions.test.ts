import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { WxtStorageItem } from 'wxt/utils/storage';
import * as settings from './index';
import { readSidebarCollapsed, SIDEBAR_COLLAPSED_KEY } from './sidebar-collapsed';

type Item = WxtStorageItem<unknown, Record<string, unknown>>;
const isItem = (value: unknown): value is Item =>
  typeof value === 'object' && value !== null && 'key' in value && 'getValue' in value;
const items: Item[] = Object.values(settings as Record<string, unknown>).filter(isItem);

/** A value of each item's shape as the first builds stored it (before any version mark). */
const stored: Record<string, unknown> = {
  ownAddresses: ['me@example.com'],
  neverLogDomains: ['family.example'],
  sidebarCollapsed: true,
  sidebarCompact: true,
  language: 'zh-CN',
  theme: 'dark',
  crmSettings: { cuts: { S: 0.02, A: 0.1, B: 0.3 }, cadence: { S: 7, A: 14, B: 30, C: 90 } },
  valueModel: { method: 'rfm', reason: 'too-few-customers', fittedAt: 1 },
  recentMerges: [],
  dismissedDuplicates: ['a|b'],
  teamSync: {
    enabled: true,
    url: 'https://couch.example.com',
    database: 'team',
    username: 'ann',
    password: 'pw',
    passphrase: 'team passphrase',
  },
  teamSyncStatus: { state: 'ok', at: 1, pulled: 0, pushed: 0, rejected: 0 },
  repName: 'Ann',
};

/** Items whose shape changed since: what a first build's value reads as now, and its version. */
const MIGRATED: Record<string, { value: unknown; version: number }> = {
  // Version 2 stores what tiers rank on; version 1 ranked on current and future value alike.
  'local:crmSettings': {
    value: { ...(stored.crmSettings as object), tierValue: { current: 1, future: 1 } },
    version: 2,
  },
};

beforeEach(() => fakeBrowser.reset());

describe('the settings module', () => {
  it('declares every item once, each under its own key in local extension storage', () => {
    const keys = items.map((item) => item.key);
    expect(keys.length).toBe(Object.keys(stored).length);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^local:\w+$/);
    expect(keys.map((key) => key.slice('local:'.length)).sort()).toEqual(Object.keys(stored).sort());
  });

  it('reads what earlier builds stored (before any version mark) unchanged, and marks nothing newer', async () => {
    await fakeBrowser.storage.local.set(stored);
    for (const item of items) {
      if (item.key in MIGRATED) continue;
      await item.migrate();
      expect(await item.getValue(), item.key).toEqual(stored[item.key.slice('local:'.length)]);
      expect((await item.getMeta()).v ?? 1, item.key).toBe(1);
    }
  });

  it('migrates the items whose shape changed, keeping what was stored', async () => {
    await fakeBrowser.storage.local.set(stored);
    for (const item of items) {
      const migrated = MIGRATED[item.key];
      if (!migrated) continue;
      await item.migrate();
      expect(await item.getValue(), item.key).toEqual(migrated.value);
      expect((await item.getMeta()).v, item.key).toBe(migrated.version);
    }
  });

  it("the content script's reader and the sidebar's item agree on the collapsed state", async () => {
    expect(settings.sidebarCollapsedItem.key).toBe(`local:${SIDEBAR_COLLAPSED_KEY}`);
    expect(await readSidebarCollapsed()).toBe(false);
    await settings.sidebarCollapsedItem.setValue(true);
    expect(await readSidebarCollapsed()).toBe(true);
    await settings.sidebarCollapsedItem.setValue(false);
    expect(await readSidebarCollapsed()).toBe(false);
  });
});
