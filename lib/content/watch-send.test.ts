// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SentEmail } from '../sites/types';
import { watchSend } from './watch-send';

const email: SentEmail = {
  site: 'gmail',
  draftId: 'd1',
  subject: 'Proposal',
  account: 'me@example.com',
  people: [{ name: 'Carl Ortiz', email: 'carl@customer.example', role: 'to' }],
  at: 1,
  url: 'https://mail.google.com/mail/u/0/#inbox',
};

function fakeContext() {
  const stops: (() => void)[] = [];
  const ctx = {
    addEventListener(target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) {
      target.addEventListener(type, handler, options);
      stops.push(() => target.removeEventListener(type, handler, options));
    },
    setTimeout: (run: () => void, ms: number) => setTimeout(run, ms),
  };
  const stop = () => {
    for (const remove of stops) remove();
  };
  return { ctx: ctx as unknown as ContentScriptContext, stop };
}

/** A compose window with its Send button; the window is "sent" once it leaves the page. */
function openCompose(): { root: HTMLElement; send: HTMLButtonElement } {
  const root = document.createElement('div');
  root.className = 'compose';
  const send = document.createElement('button');
  send.textContent = 'Send';
  root.append(send);
  document.body.replaceChildren(root);
  return { root, send };
}

/** What the browser sets on the user's own input and no page script can: mocked for the positive case. */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

let sent: unknown[];
let stop: () => void;

beforeEach(() => {
  vi.useFakeTimers();
  fakeBrowser.reset();
  sent = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    sent.push(message);
    return true;
  });
  const fake = fakeContext();
  stop = fake.stop;
  watchSend(fake.ctx, {
    sentBy: (event) => (event.target instanceof Element ? event.target.closest('.compose') : null),
    read: () => email,
  });
});

afterEach(() => {
  stop();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** Send was pressed: Gmail closes the window, and the watch looks again. */
async function windowCloses(root: HTMLElement) {
  root.remove();
  await vi.advanceTimersByTimeAsync(1000);
}

describe('the send watch', () => {
  it("reports an email sent by the user's own click on Send", async () => {
    const { root, send } = openCompose();
    send.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    await windowCloses(root);
    expect(sent).toEqual([{ event: 'sent', email }]);
  });

  it("reports an email sent by the user's own Ctrl+Enter", async () => {
    const { root, send } = openCompose();
    send.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true })));
    await windowCloses(root);
    expect(sent).toEqual([{ event: 'sent', email }]);
  });

  it('ignores a click on Send that a page script dispatched', async () => {
    const { root, send } = openCompose();
    send.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    send.click();
    await windowCloses(root);
    expect(sent).toEqual([]);
  });

  it('ignores a Ctrl+Enter that a page script dispatched', async () => {
    const { root, send } = openCompose();
    send.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    await windowCloses(root);
    expect(sent).toEqual([]);
  });

  it('ignores an event that claims to be trusted but is not (isTrusted false)', async () => {
    const { root, send } = openCompose();
    const forged = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(forged, 'isTrusted', { value: false });
    send.dispatchEvent(forged);
    await windowCloses(root);
    expect(sent).toEqual([]);
  });
});
