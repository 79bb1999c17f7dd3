// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountEarly } from './mount-early';
import { SIDEBAR_HOST_ID } from './mount-sidebar';

const ctx = { isValid: true, onInvalidated: vi.fn() } as unknown as ContentScriptContext;
let readyState: DocumentReadyState = 'loading';

const host = () => document.getElementById(SIDEBAR_HOST_ID);
const frameSrc = () => host()?.querySelector('iframe')?.src;

describe('the sidebar mounted at document_start', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    readyState = 'loading';
    vi.spyOn(document, 'readyState', 'get').mockImplementation(() => readyState);
    document.body.removeAttribute('style');
  });
  afterEach(() => {
    host()?.remove();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('is framed at once but hidden, and handed on in a task after the site is parsed', async () => {
    const parsed = vi.fn();
    mountEarly(ctx, parsed);
    expect(frameSrc()).toBe(browser.runtime.getURL('/sidebar.html'));
    expect(host()?.style.visibility).toBe('hidden');
    readyState = 'interactive';
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(parsed).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    expect(parsed).toHaveBeenCalledTimes(1);
    expect(host()?.style.visibility).toBe('');
    expect(frameSrc()).toBe(browser.runtime.getURL('/sidebar.html'));
  });

  it('is loaded again in the dark theme when the parsed site turns out dark', async () => {
    mountEarly(ctx, () => undefined);
    document.body.style.backgroundColor = 'rgb(32, 33, 36)';
    readyState = 'interactive';
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await vi.advanceTimersByTimeAsync(0);
    expect(frameSrc()).toBe(browser.runtime.getURL('/sidebar.html?siteTheme=dark'));
  });

  it('is mounted and handed on at once when the site is already parsed', () => {
    readyState = 'complete';
    const parsed = vi.fn();
    mountEarly(ctx, parsed);
    expect(parsed).toHaveBeenCalledTimes(1);
    expect(host()?.style.visibility).toBe('');
  });
});
