import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../entrypoints/background/handlers';
import { freshDb } from '../../tests/kit/db';
import type { ValueModel } from '../crm/insights';
import type { CrmDb } from '../db/open';
import { workspaceStats } from '../db/stats';
import { createRouter } from './router';
import { verbs } from './verbs';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const contentScript = { id: ID, url: 'https://mail.google.com/mail/u/0/', tab: { id: 1 }, frameId: 0 };
const ownPage = { id: ID, url: `${ORIGIN}sidebar.html`, tab: { id: 1 }, frameId: 3 };

let db: CrmDb;
let route: ReturnType<typeof createRouter>;
beforeAll(async () => {
  db = await freshDb();
  let model: ValueModel | null = null;
  const handlers = createHandlers({
    db: async () => db,
    now: () => Date.UTC(2026, 10, 23),
    ownAddresses: async () => [],
    valueModel: {
      get: async () => model,
      set: async (m) => {
        model = m;
      },
    },
  });
  route = createRouter(handlers, { extensionId: ID, extensionOrigin: ORIGIN });
});

const verbNames = Object.keys(verbs);
const anyVerb = fc.oneof(
  fc.constantFrom(...verbNames),
  fc.string(),
  fc.constantFrom('__proto__', 'constructor', 'toString'),
);
/** Near-valid: the right keys with values of every type, plus junk keys. */
const nearValid = fc.dictionary(
  fc.constantFrom(
    'emails',
    'id',
    'name',
    'email',
    'query',
    'limit',
    'text',
    'contactId',
    'site',
    'people',
    'messages',
    'account',
    'replace',
    'interactionIds',
    'createdContactIds',
    'source',
    '__proto__',
  ),
  fc.anything({ withNullPrototype: true, withObjectString: true }),
);

describe('the router under random and near-valid messages', () => {
  it('never throws, answers a well-formed error, and writes nothing for content scripts', async () => {
    const before = await workspaceStats(db);
    await fc.assert(
      fc.asyncProperty(anyVerb, fc.oneof(fc.anything(), nearValid), async (rpc, input) => {
        const answer = await route({ rpc, input }, contentScript);
        expect(answer.ok).toBe(false);
        if (!answer.ok) expect(['unknown-verb', 'forbidden-sender']).toContain(answer.error.code);
      }),
      { numRuns: 400 },
    );
    expect(await workspaceStats(db)).toEqual(before);
  });

  it('from our own pages, junk is refused with a clear error and leaves the database unchanged', async () => {
    const before = await workspaceStats(db);
    const readOnlyOrRejected = verbNames.filter((v) => v !== 'workspace.seedDemo' && v !== 'insights.recompute');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...readOnlyOrRejected), nearValid, async (rpc, input) => {
        const answer = await route({ rpc, input }, ownPage);
        if (!answer.ok) {
          expect(answer.error.message.length).toBeGreaterThan(0);
          expect(['invalid-input', 'failed']).toContain(answer.error.code);
        }
      }),
      { numRuns: 400 },
    );
    const after = await workspaceStats(db);
    // Random input can be valid by chance (e.g. a note with any text): only such accepted writes may appear.
    expect(after.interactions).toBe(before.interactions);
    expect(after.deals).toBe(before.deals);
  });
});
