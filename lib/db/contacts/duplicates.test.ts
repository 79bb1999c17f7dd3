import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/kit/db';
import type { CrmDb } from '../open';
import { createContact } from './contacts';
import { findDuplicates } from './duplicates';
import { putContact } from './put';

const NOW = Date.UTC(2026, 10, 23, 12);
const MEMBER_ID = 'ACoAABcdEfGhIjKlMn';
let db: CrmDb;
beforeEach(async () => {
  db = await freshDb();
});

/** A contact with the given profile and aliases, written through the contacts door. */
async function personWithProfile(name: string, linkedin: string, linkedinAliases: string[] = []) {
  const contact = await createContact(db, { name, source: 'manual' }, NOW);
  const tx = db.transaction(['contacts', 'revisions'], 'readwrite');
  await putContact(tx, { ...contact, linkedin, linkedinAliases }, NOW);
  await tx.done;
  return contact;
}

describe('duplicate suggestions by LinkedIn profile', () => {
  it("pairs a contact whose profile is another's alias, either way round", async () => {
    const vanity = await personWithProfile('Carl Ortiz', 'carl-ortiz', [MEMBER_ID]);
    const byMemberId = await personWithProfile('C. Ortiz', MEMBER_ID);
    const found = await findDuplicates(db, new Set(), 10);
    expect(found.map((p) => [p.reason, p.confidence, [p.a.id, p.b.id].sort()])).toEqual([
      ['linkedin', 1, [vanity.id, byMemberId.id].sort()],
    ]);
  });

  it('pairs two contacts that share an alias', async () => {
    const a = await personWithProfile('Dee Park', 'dee-park', [MEMBER_ID]);
    const b = await personWithProfile('D. Park', 'https://www.linkedin.com/in/dee-park-2/', [MEMBER_ID]);
    const found = await findDuplicates(db, new Set(), 10);
    expect(found.map((p) => [p.reason, [p.a.id, p.b.id].sort()])).toEqual([['linkedin', [a.id, b.id].sort()]]);
  });

  it('does not pair different profiles', async () => {
    await personWithProfile('Eve Lin', 'eve-lin', [MEMBER_ID]);
    await personWithProfile('Evan Lin', 'evan-lin', ['ACoAAZzzzzzzzzzzzz']);
    expect(await findDuplicates(db, new Set(), 10)).toEqual([]);
  });
});
