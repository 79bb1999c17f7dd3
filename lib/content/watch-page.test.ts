// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PAGE_PORT } from '../protocol/events';
import type { DetectedPage } from '../sites/types';
import { watchPage } from './watch-page';

/** A thread view as a site draws it: a subject and the people's chips. */
function showThread(subject: string, emails: string[]): void {
  const main = document.createElement('main');
  const heading = document.createElement('h2');
  heading.textContent = subject;
  main.append(heading);
  for (const email of emails) {
    const chip = document.createElement('span');
    chip.setAttribute('email', email);
    chip.textContent = email;
    main.append(chip);
  }
  document.body.replaceChildren(main);
}

/** A detector reading that view, as the site adapters do: the address plus whatever is on screen. */
function readView(): DetectedPage {
  const subject = document.querySelector('h2')?.textContent ?? undefined;
  const people = Array.from(document.querySelectorAll('[email]'), (el) => ({
    name: el.textContent ?? '',
    email: el.getAttribute('email') ?? '',
    role: 'participant' as const,
  }));
  return {
    site: 'gmail',
    kind: 'thread',
    url: location.href,
    account: null,
    subject,
    people,
    messages: [],
    problems: [],
  };
}

function fakeContext() {
  const stops: (() => void)[] = [];
  const ctx = {
    isValid: true,
    addEventListener(target: EventTarget, type: string, handler: EventListener) {
      target.addEventListener(type, handler);
      stops.push(() => target.removeEventListener(type, handler));
    },
    onInvalidated(stop: () => void) {
      stops.push(stop);
    },
  };
  const invalidate = () => {
    ctx.isValid = false;
    for (const stop of stops) stop();
  };
  return { ctx: ctx as unknown as ContentScriptContext, invalidate };
}

let published: DetectedPage[];
let connect: ReturnType<typeof vi.spyOn>;
/** What the port's disconnection would call: the background stopped. */
let loseLine: () => void = () => undefined;
let detections = 0;
let invalidate: () => void;
const sidebar = { setCollapsed: () => undefined };
/** What the sidebar last heard: subject and path. */
const lastShown = () => {
  const page = published.at(-1);
  return page && { subject: page.subject, path: new URL(page.url).pathname };
};
/**
 * An in-page navigation as a site makes one. The address changes by path: this DOM library would also fire its
 * own late hashchange for a hash, on a timer the test does not control.
 */
const navigate = (path: string, event = 'popstate') => {
  history.pushState(null, '', path);
  window.dispatchEvent(new Event(event));
};
/** Lets queued events, mutation records and microtasks run, without letting any timer reach its time. */
const settleEvents = () => vi.advanceTimersByTimeAsync(1);

beforeEach(() => {
  vi.useFakeTimers();
  history.replaceState(null, '', '/inbox/first');
  showThread('First', ['ann@a.example']);
  published = [];
  const port = {
    name: PAGE_PORT,
    postMessage: (message: { page: DetectedPage }) => published.push(message.page),
    onDisconnect: {
      addListener: (lost: () => void) => {
        loseLine = lost;
      },
    },
    disconnect: () => undefined,
  };
  connect = vi.spyOn(browser.runtime, 'connect').mockImplementation(() => port as unknown as Browser.runtime.Port);
  start();
});

function start(): void {
  const fake = fakeContext();
  invalidate = fake.invalidate;
  const detect = () => {
    detections++;
    return readView();
  };
  watchPage(fake.ctx, { site: 'gmail', detect, sidebar, selectors: {} });
}

afterEach(() => {
  invalidate();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('watchPage on an in-page navigation', () => {
  it('publishes the page it finds at once', () => {
    expect(lastShown()).toEqual({ subject: 'First', path: '/inbox/first' });
  });

  it('publishes on one port, and opens another once the background has let go of it', async () => {
    showThread('Second', ['bob@b.example']);
    navigate('/inbox/second', 'hashchange');
    await settleEvents();
    expect(connect).toHaveBeenCalledTimes(1);
    expect(connect).toHaveBeenCalledWith({ name: PAGE_PORT });
    loseLine();
    showThread('Third', ['cy@c.example']);
    navigate('/inbox/third', 'hashchange');
    // Reads while a new view is awaited come at most once a frame.
    await vi.advanceTimersByTimeAsync(20);
    expect(connect).toHaveBeenCalledTimes(2);
    expect(published.map((p) => p.subject)).toEqual(['First', 'Second', 'Third']);
  });

  it('publishes the new view as soon as the address changes, when the view is already on screen', async () => {
    showThread('Second', ['bob@b.example']);
    navigate('/inbox/second', 'hashchange');
    await settleEvents();
    expect(lastShown()).toEqual({ subject: 'Second', path: '/inbox/second' });
    expect(published).toHaveLength(2);
  });

  it('does not show the old view under the new address, and publishes the new one when it is drawn', async () => {
    navigate('/inbox/second');
    await settleEvents();
    await vi.advanceTimersByTimeAsync(400);
    expect(published).toHaveLength(1);
    // The site swaps the view in later: the first mutation batch after the navigation publishes it.
    showThread('Second', ['bob@b.example']);
    await settleEvents();
    expect(lastShown()).toEqual({ subject: 'Second', path: '/inbox/second' });
    expect(published).toHaveLength(2);
  });

  it('leaves an empty, still loading view to the trailing read', async () => {
    navigate('/inbox/second');
    showThread('', []);
    await settleEvents();
    expect(published).toHaveLength(1);
    showThread('Second', ['bob@b.example']);
    // Within a frame of the last read: read at the end of that frame, long before the trailing read.
    await vi.advanceTimersByTimeAsync(20);
    expect(lastShown()).toEqual({ subject: 'Second', path: '/inbox/second' });
  });

  it('reads a site busy drawing itself at most once a frame, and reads its last change', async () => {
    navigate('/inbox/second');
    await settleEvents();
    const reads = detections;
    for (let i = 0; i < 30; i++) {
      document.body.append(document.createElement('div'));
      await settleEvents();
    }
    expect(detections - reads).toBeLessThanOrEqual(3);
    showThread('Second', ['bob@b.example']);
    await vi.advanceTimersByTimeAsync(20);
    expect(lastShown()).toEqual({ subject: 'Second', path: '/inbox/second' });
  });

  it('publishes an empty view once it has settled', async () => {
    navigate('/inbox', 'wxt:locationchange');
    showThread('', []);
    await settleEvents();
    expect(published).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(lastShown()).toEqual({ subject: '', path: '/inbox' });
  });

  it('takes an unchanged view for the new page once the wait for a new one is over', async () => {
    navigate('/all/first');
    await settleEvents();
    await vi.advanceTimersByTimeAsync(900);
    expect(published).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(300);
    expect(lastShown()).toEqual({ subject: 'First', path: '/all/first' });
  });
});

describe('watchPage on a site still drawing itself', () => {
  it('publishes the first view that names someone as soon as it is drawn', async () => {
    invalidate();
    showThread('', []);
    published = [];
    start();
    expect(lastShown()).toEqual({ subject: '', path: '/inbox/first' });
    showThread('First', ['ann@a.example']);
    await settleEvents();
    expect(lastShown()).toEqual({ subject: 'First', path: '/inbox/first' });
  });
});

describe('watchPage on changes within a view', () => {
  it('publishes the final state of a burst of mutations once it settles, not each step', async () => {
    showThread('First', ['ann@a.example', 'carl@c.example']);
    await settleEvents();
    showThread('First', ['ann@a.example', 'carl@c.example', 'dee@d.example']);
    await settleEvents();
    expect(published).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(published).toHaveLength(2);
    expect(published[1]?.people.map((p) => p.email)).toEqual(['ann@a.example', 'carl@c.example', 'dee@d.example']);
  });

  it('publishes a change that follows an early publish after a navigation', async () => {
    navigate('/inbox/second');
    showThread('Second', ['bob@b.example']);
    await settleEvents();
    showThread('Second', ['bob@b.example', 'eve@e.example']);
    await vi.advanceTimersByTimeAsync(400);
    expect(lastShown()).toEqual({ subject: 'Second', path: '/inbox/second' });
    expect(published.at(-1)?.people).toHaveLength(2);
  });

  it('sends nothing when a mutation changes nothing it reads', async () => {
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(400);
    expect(published).toHaveLength(1);
  });
});
