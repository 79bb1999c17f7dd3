import { describe, expect, it } from 'vitest';
import { contactRecord } from '../../tests/kit/records';
import type { Contact } from '../schema/records';
import { Contact as ContactSchema } from '../schema/records';
import { planMerge } from './merge';

const base = (over: Partial<Contact>): Contact => contactRecord({ id: 'x', createdAt: 1000, updatedAt: 1000, ...over });

const keep = base({
  id: 'keep',
  name: 'Ann Lee',
  emails: ['ann@acme.com', 'ann.lee@gmail.com'],
  phones: ['+44 20 7946 0000'],
  tags: ['VIP'],
  title: '',
  orgName: 'Acme',
  orgId: 'org1',
  ownerNotes: 'Met at the fair.',
  search: ['ann', 'lee'],
  createdAt: 5000,
  updatedAt: 9000,
});
const drop = base({
  id: 'drop',
  name: 'A. Lee',
  emails: ['AnnLee+x@googlemail.com', 'ann@home.example'],
  phones: ['+442079460000', '07700 900123'],
  tags: ['vip', 'Buyer'],
  title: 'Head of Sales',
  linkedin: 'ann-lee',
  orgId: 'org2',
  orgName: 'Globex',
  ownerNotes: 'Prefers calls.',
  neverLog: true,
  nextStep: { due: 7000, text: 'Call back' },
  search: ['a', 'lee', 'globex'],
  createdAt: 2000,
  updatedAt: 8000,
});

describe('planMerge', () => {
  const plan = planMerge(keep, drop);

  it("keeps keep's id and scalar fields, filling the empty ones from drop", () => {
    expect(plan.removeId).toBe('drop');
    expect(plan.merged).toMatchObject({
      id: 'keep',
      name: 'Ann Lee',
      title: 'Head of Sales',
      linkedin: 'ann-lee',
      orgId: 'org1',
      orgName: 'Acme',
      source: 'manual',
      nextStep: { due: 7000, text: 'Call back' },
    });
  });

  it('unions lists without repeats (emails canonically, phones by digits, tags by case)', () => {
    expect(plan.merged.emails).toEqual(['ann@acme.com', 'ann.lee@gmail.com', 'ann@home.example']);
    expect(plan.merged.phones).toEqual(['+44 20 7946 0000', '07700 900123']);
    expect(plan.merged.tags).toEqual(['VIP', 'Buyer']);
    expect(plan.merged.search).toEqual(['ann', 'lee', 'a', 'globex']);
  });

  it('takes the earliest createdAt, the latest updatedAt, sticky flags and both notes', () => {
    expect(plan.merged.createdAt).toBe(2000);
    expect(plan.merged.updatedAt).toBe(9000);
    expect(plan.merged.neverLog).toBe(true);
    expect(plan.merged.bad).toBe(false);
    expect(plan.merged.ownerNotes).toBe('Met at the fair.\n\nPrefers calls.');
  });

  it('gives a valid contact and an undo record with both originals, untouched', () => {
    expect(ContactSchema.safeParse(plan.merged).success).toBe(true);
    expect(plan.undo).toEqual({ keep, drop });
    expect(plan.undo.keep).not.toBe(keep);
    plan.merged.emails.push('changed@x.example');
    expect(keep.emails).toHaveLength(2);
    expect(plan.undo.keep.emails).toHaveLength(2);
  });

  it("takes drop's organisation only when keep has none", () => {
    const k = base({ id: 'k', name: 'Ann' });
    expect(planMerge(k, drop).merged).toMatchObject({ orgId: 'org2', orgName: 'Globex' });
    const named = planMerge(base({ id: 'k', name: 'Ann', orgName: 'Acme' }), drop).merged;
    expect(named.orgName).toBe('Acme');
    expect('orgId' in named).toBe(false);
  });

  it('keeps a single note, caps joined notes, and refuses to merge a contact with itself', () => {
    expect(planMerge(keep, { ...drop, ownerNotes: ' Met at the fair. ' }).merged.ownerNotes).toBe('Met at the fair.');
    expect(planMerge(base({ id: 'k' }), drop).merged.ownerNotes).toBe('Prefers calls.');
    const long = planMerge({ ...keep, ownerNotes: 'a'.repeat(9000) }, { ...drop, ownerNotes: 'b'.repeat(9000) });
    expect(long.merged.ownerNotes).toHaveLength(10_000);
    expect(() => planMerge(keep, keep)).toThrow();
  });

  it('works on a minimal contact-like record', () => {
    const p = planMerge(
      { id: '1', name: '', emails: ['a@x.example'], createdAt: 3 },
      { id: '2', name: 'Ann', emails: ['A@x.example', 'b@x.example'], createdAt: 1 },
    );
    expect(p.merged).toEqual({ id: '1', name: 'Ann', emails: ['a@x.example', 'b@x.example'], createdAt: 1 });
  });
});
