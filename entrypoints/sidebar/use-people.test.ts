// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { DetectedPerson } from '@/lib/sites/types';
import { lookUpAhead, usePeople } from './use-people';

const rpc = vi.hoisted(() => vi.fn());
vi.mock('./tab-port', () => ({ portRpc: rpc }));

const ann: DetectedPerson = { name: 'Ann', email: 'ann@acme.example', role: 'from' };
const bob: DetectedPerson = { name: 'Bob', email: 'bob@acme.example', role: 'from' };
const answer = (name: string) => [{ card: { contact: { name } }, neverLog: null }];

describe('looking up the people on the page', () => {
  it('keeps the newest page’s answer when an older one arrives after it', async () => {
    let answerAnn: (value: unknown) => void = () => undefined;
    rpc.mockImplementationOnce(() => new Promise((resolve) => (answerAnn = resolve)));
    rpc.mockImplementationOnce(async () => answer('Bob'));
    const { result, rerender } = renderHook(({ people }) => usePeople(people, null), {
      initialProps: { people: [ann] },
    });
    rerender({ people: [bob] });
    await waitFor(() => expect(Object.keys(result.current.found)).toEqual(['bob@acme.example']));
    await act(async () => answerAnn(answer('Ann')));
    expect(Object.keys(result.current.found)).toEqual(['bob@acme.example']);
    expect(rpc).toHaveBeenCalledTimes(2);
  });

  it('takes the lookup started as the page arrived, and starts none for people already asked', async () => {
    const cy: DetectedPerson = { name: 'Cy', email: 'cy@acme.example', role: 'from' };
    rpc.mockReset();
    rpc.mockImplementation(async () => answer('Cy'));
    lookUpAhead([cy], null);
    expect(rpc).toHaveBeenCalledTimes(1);
    const { result } = renderHook(() => usePeople([cy], null));
    await waitFor(() => expect(Object.keys(result.current.found)).toEqual(['cy@acme.example']));
    expect(rpc).toHaveBeenCalledTimes(1);
    lookUpAhead([cy], null);
    expect(rpc).toHaveBeenCalledTimes(1);
    await act(async () => result.current.refresh());
    expect(rpc).toHaveBeenCalledTimes(2);
  });

  it('gives the cards before the same-person search answers, and asks it only for people neither saved nor never logged', async () => {
    const dee: DetectedPerson = { name: 'Dee', email: 'dee@acme.example', role: 'from' };
    const eve: DetectedPerson = { name: 'Eve Adams', email: 'eve@acme.example', role: 'to' };
    const me: DetectedPerson = { name: 'Me', email: 'me@work.example', role: 'to' };
    let offer: (value: unknown) => void = () => undefined;
    rpc.mockReset();
    rpc.mockImplementation(async (verb: string) =>
      verb === 'contacts.lookup'
        ? [...answer('Dee'), { card: null, neverLog: null }, { card: null, neverLog: 'own' }]
        : new Promise((resolve) => (offer = resolve)),
    );
    const { result } = renderHook(() => usePeople([dee, eve, me], null));
    await waitFor(() => expect(result.current.found['dee@acme.example']?.card).toBeTruthy());
    expect(result.current.sameAs).toEqual({});
    expect(rpc).toHaveBeenLastCalledWith('contacts.sameAs', {
      people: [{ name: 'Eve Adams', email: 'eve@acme.example' }],
    });
    await act(async () => offer([{ id: 'c-eve', name: 'Eve Adams' }]));
    await waitFor(() =>
      expect(result.current.sameAs).toEqual({ 'eve@acme.example': { id: 'c-eve', name: 'Eve Adams' } }),
    );
    expect(rpc).toHaveBeenCalledTimes(2);
  });

  it('draws the cards the background sent with the page when they are of exactly these people, else asks', async () => {
    const fay: DetectedPerson = { name: 'Fay', email: 'fay@acme.example', role: 'from' };
    const gus: DetectedPerson = { name: 'Gus', email: 'gus@acme.example', role: 'from' };
    rpc.mockReset();
    rpc.mockImplementation(async () => answer('Asked'));
    const sent = (people: DetectedPerson[]) => ({
      asked: { account: null, people: people.map(({ name, email }) => ({ name, email })) },
      found: answer('Sent') as never,
    });
    lookUpAhead([fay], null, sent([fay]));
    const { result } = renderHook(() => usePeople([fay], null));
    await waitFor(() => expect(result.current.found['fay@acme.example']?.card).toEqual({ contact: { name: 'Sent' } }));
    expect(rpc).not.toHaveBeenCalledWith('contacts.lookup', expect.anything());
    // Sent for other people (the user's own addresses differ between the two): not these people's cards.
    lookUpAhead([gus], null, sent([gus, fay]));
    expect(rpc).toHaveBeenCalledWith('contacts.lookup', { account: null, people: [{ name: 'Gus', email: gus.email }] });
  });
});
