/**
 * The touch aggregates against the timeline they summarise, on generated books: every path that adds,
 * changes or removes interactions goes through the door, and the insights a log computes from the
 * aggregates are the ones the full history gives.
 */

import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/kit/db';
import { seededRandom as random } from '../../../tests/kit/seeded-random';
import { computeInsights, fitValueModel } from '../../crm/insights';
import { seedDemoWorkspace } from '../../demo/seed';
import type { Interaction } from '../../schema/records';
import { HISTORY_STORES, loadHistories, readHistories, readHistoriesFromTouches } from '../contacts/insights';
import { mergeContacts, undoMerge } from '../contacts/merge';
import { putRecord, removeRecord } from '../doors';
import type { CrmDb } from '../open';
import { ALL_STORES } from '../schema';
import { logThread, undoLog } from './interactions';
import { setInteractionPrivate } from './privacy';
import { TOUCH_WINDOW, touchesOf } from './touches';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23, 12);
const ME = 'rep@mycompany.example';

/** Aggregates equal to a fresh fold of the interactions store, and insights from them equal to the full ones. */
async function expectAggregatesRight(db: CrmDb, label: string): Promise<void> {
  const all = await db.getAll('interactions');
  const expected = touchesOf(all);
  for (const stored of await db.getAll('contactTouches')) {
    const fresh = expected.get(stored.contactId);
    if (stored.stale) continue;
    expect(fresh, `${label}: an aggregate for ${stored.contactId}, who has no touches`).toBeDefined();
    const { newest: _n, ...counts } = stored;
    const { newest: _f, ...freshCounts } = fresh ?? stored;
    expect(counts, label).toEqual(freshCounts);
  }
  for (const id of expected.keys()) expect(await db.getKey('contactTouches', id), label).toBe(id);

  const model = fitValueModel(await loadHistories(db, undefined, NOW), NOW);
  const ids = (await db.getAllKeys('contacts')) as string[];
  for (const now of [NOW, NOW + 3 * DAY, NOW + 90 * DAY]) {
    const tx = db.transaction([...HISTORY_STORES, 'contactTouches', 'revisions'], 'readwrite');
    const full = computeInsights(await readHistories(tx, ids, now), { now, model });
    const fromTouches = computeInsights(await readHistoriesFromTouches(tx, ids, now), { now, model });
    await tx.done;
    expect(fromTouches.size).toBe(ids.length);
    for (const [id, insights] of full) expect(fromTouches.get(id), `${label}, ${id} at ${now}`).toEqual(insights);
    // The full recompute's walk, and the same from the aggregates.
    const walked = computeInsights(await loadHistories(db, undefined, now, 'timeline'), { now, model });
    const summed = computeInsights(await loadHistories(db, undefined, now, 'aggregates'), { now, model });
    expect(summed.size).toBe(walked.size);
    for (const [id, insights] of walked) expect(summed.get(id), `${label}, all, ${id} at ${now}`).toEqual(insights);
  }
}

describe('touch aggregates in the database', () => {
  it('follow logs, undos, merges, privacy edits, replicated writes and deletions, and a replaced book', {
    timeout: 120_000,
  }, async () => {
    const db = await freshDb();
    await seedDemoWorkspace(db, { now: NOW - 30 * DAY, replace: false, contacts: 40 });
    await seedDemoWorkspace(db, { now: NOW, replace: true, contacts: 40 });
    await expectAggregatesRight(db, 'seeded');

    const next = random(7);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
    const logs: { interactionIds: string[]; createdContactIds: string[] }[] = [];
    const merges: Awaited<ReturnType<typeof mergeContacts>>[] = [];
    let message = 0;
    for (let step = 0; step < 120; step++) {
      const contacts = await db.getAll('contacts');
      const roll = next();
      if (roll < 0.45) {
        const people = [pick(contacts), pick(contacts)];
        const messages = Array.from({ length: 1 + Math.floor(next() * 4) }, () => {
          const person = pick(people);
          const inbound = next() < 0.4;
          const email = person.emails[0] ?? `nobody${message}@example.com`;
          // Now and then a message dated after the refresh's now (a clock ahead, a meeting booked).
          const at = NOW - Math.floor(next() * 200) * (DAY / 2) + (next() < 0.1 ? 10 * DAY : 0);
          message++;
          return { id: `m${message}`, fromEmail: inbound ? email : ME, toEmails: [inbound ? ME : email], at };
        });
        const request = {
          site: 'gmail' as const,
          ownAddresses: [ME],
          people: people.map((p) => ({ name: p.name, email: p.emails[0] ?? '', role: 'to' as const })),
          messages,
        };
        logs.push(await logThread(db, request, NOW));
      } else if (roll < 0.6 && logs.length > 0) {
        const log = logs.splice(Math.floor(next() * logs.length), 1)[0];
        if (log) await undoLog(db, log);
      } else if (roll < 0.7 && contacts.length > 2) {
        const keep = pick(contacts);
        const drop = pick(contacts.filter((c) => c.id !== keep.id));
        merges.push(await mergeContacts(db, keep.id, drop.id, NOW));
      } else if (roll < 0.75 && merges.length > 0) {
        const merge = merges.pop();
        if (merge) await undoMerge(db, merge, NOW).catch(() => undefined);
      } else {
        const interactions = await db.getAll('interactions');
        const chosen = pick(interactions);
        if (!chosen) continue;
        if (roll < 0.8) await setInteractionPrivate(db, chosen.id, !chosen.private);
        else {
          // What the team sync applies: a teammate's edit (moved, turned around, re-addressed) or deletion.
          const tx = db.transaction([...ALL_STORES, 'contactTouches', 'revisions'], 'readwrite');
          if (roll < 0.92) {
            const edited: Interaction = {
              ...chosen,
              at: chosen.at - Math.floor(next() * 5) * DAY,
              direction: next() < 0.5 ? 'inbound' : 'outbound',
              contactIds: next() < 0.3 ? [pick(contacts).id] : chosen.contactIds,
            };
            await putRecord(tx, 'interactions', edited, null);
          } else await removeRecord(tx, 'interactions', chosen.id);
          await tx.done;
        }
      }
      if (step % 30 === 29) await expectAggregatesRight(db, `step ${step}`);
    }
    await expectAggregatesRight(db, 'at the end');
    // Long histories were in play: their aggregates answered from the window and the index alone.
    const counts = (await db.getAll('contactTouches')).map((t) => t.count);
    expect(counts.filter((count) => count > TOUCH_WINDOW).length).toBeGreaterThan(2);
  });

  it("a bulk write of one contact's history writes that contact's aggregate a few times, not once per interaction", async () => {
    const db = await freshDb();
    const tx = db.transaction([...ALL_STORES, 'contactTouches', 'revisions'], 'readwrite');
    let touchWrites = 0;
    const counting = {
      objectStore(name: (typeof ALL_STORES)[number] | 'contactTouches' | 'revisions') {
        const store = tx.objectStore(name);
        if (name !== 'contactTouches') return store;
        return new Proxy(store, {
          get(target, key) {
            const value = Reflect.get(target, key);
            if ((key === 'put' || key === 'delete') && typeof value === 'function')
              return (...args: unknown[]) => {
                touchWrites++;
                return value.apply(target, args);
              };
            return typeof value === 'function' ? value.bind(target) : value;
          },
        });
      },
    } as unknown as typeof tx;
    const history = Array.from(
      { length: 300 },
      (_, i): Interaction =>
        ({
          id: `i${i}`,
          contactIds: ['c1'],
          at: NOW - i * DAY,
          direction: i % 3 === 0 ? 'inbound' : 'outbound',
          channel: 'email',
          summary: '',
          source: 'manual',
        }) as unknown as Interaction,
    );
    await Promise.all(history.map((i) => putRecord(counting, 'interactions', i, null)));
    await tx.done;
    expect((await db.get('contactTouches', 'c1'))?.count).toBe(300);
    expect(touchWrites).toBeLessThan(10);
    await expectAggregatesRight(db, 'bulk');
  });
});
