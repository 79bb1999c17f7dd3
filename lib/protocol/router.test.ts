import { describe, expect, it, vi } from 'vitest';
import { Refusal } from './reasons';
import { createRouter, type Handlers } from './router';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const ownPage = { id: ID, url: `${ORIGIN}sidebar.html`, tab: { id: 3 }, frameId: 7 };
const contentScript = { id: ID, url: 'https://mail.google.com/mail/u/0/#inbox/1', tab: { id: 3 }, frameId: 0 };

function setup() {
  const calls: string[] = [];
  const handler = (name: string) =>
    vi.fn(async (input: unknown) => {
      calls.push(name);
      return { echoed: input };
    });
  const handlers = new Proxy({} as Record<string, ReturnType<typeof handler>>, {
    get: (cache, verb: string) => (cache[verb] ??= handler(verb)),
  }) as unknown as Handlers;
  return { route: createRouter(handlers, { extensionId: ID, extensionOrigin: ORIGIN }), calls };
}

describe('the background router', () => {
  it('answers a valid request from our own page', async () => {
    const { route, calls } = setup();
    const answer = await route({ rpc: 'contacts.search', input: { query: 'ann', limit: 5 } }, ownPage);
    expect(answer).toEqual({ ok: true, value: { echoed: { query: 'ann', limit: 5 } } });
    expect(calls).toEqual(['contacts.search']);
  });

  it('rejects an unknown verb, including inherited object keys', async () => {
    const { route, calls } = setup();
    for (const rpc of ['contacts.drop', '__proto__', 'toString', 'constructor']) {
      const answer = await route({ rpc, input: {} }, ownPage);
      expect(answer).toMatchObject({ ok: false, error: { code: 'unknown-verb' } });
    }
    expect(calls).toEqual([]);
  });

  it('rejects an invalid payload with a message that names the field, and runs nothing', async () => {
    const { route, calls } = setup();
    const answer = await route({ rpc: 'contacts.search', input: { query: 'ann', limit: 10_000 } }, ownPage);
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('limit') },
    });
    const noInput = await route({ rpc: 'notes.add', input: undefined }, ownPage);
    expect(noInput).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(calls).toEqual([]);
  });

  it('refuses other extensions and content scripts, whatever they ask', async () => {
    const { route, calls } = setup();
    const foreign = { ...ownPage, id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzz/x.html' };
    const spoofedUrl = { ...contentScript, url: `https://evil.example/${ORIGIN}` };
    for (const sender of [foreign, contentScript, spoofedUrl, {}]) {
      for (const [rpc, input] of [
        ['workspace.stats', {}],
        [
          'interactions.logThread',
          { site: 'gmail', account: null, people: [], messages: [{ id: 'x', fromEmail: '', toEmails: [], at: null }] },
        ],
      ] as const) {
        expect(await route({ rpc, input }, sender)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
      }
    }
    expect(calls).toEqual([]);
  });

  it('reports a full disk as such', async () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const handlers = { 'workspace.stats': async () => Promise.reject(quota) } as unknown as Handlers;
    const route = createRouter(handlers, { extensionId: ID, extensionOrigin: ORIGIN });
    expect(await route({ rpc: 'workspace.stats', input: {} }, ownPage)).toMatchObject({
      ok: false,
      error: { code: 'storage-full' },
    });
  });

  it('sends the reason of a refusal beside its message, for the page to translate', async () => {
    const refused = new Refusal('merge-not-found');
    const handlers = { 'workspace.stats': async () => Promise.reject(refused) } as unknown as Handlers;
    const route = createRouter(handlers, { extensionId: ID, extensionOrigin: ORIGIN });
    expect(await route({ rpc: 'workspace.stats', input: {} }, ownPage)).toEqual({
      ok: false,
      error: { code: 'failed', reason: 'merge-not-found', message: 'merge-not-found' },
    });
  });

  it('turns a failing handler into an error answer instead of a crash', async () => {
    const handlers = { 'workspace.stats': async () => Promise.reject(new Error('disk full')) } as unknown as Handlers;
    const route = createRouter(handlers, { extensionId: ID, extensionOrigin: ORIGIN });
    expect(await route({ rpc: 'workspace.stats', input: {} }, ownPage)).toEqual({
      ok: false,
      error: { code: 'failed', message: 'disk full' },
    });
  });
});
