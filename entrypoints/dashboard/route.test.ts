import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, type Route } from './route';

describe('dashboard routes', () => {
  it('opens on the overview, and on it for anything unknown', () => {
    expect(parseRoute('')).toEqual({ view: 'overview' });
    expect(parseRoute('#nowhere')).toEqual({ view: 'overview' });
    expect(parseRoute('#settings')).toEqual({ view: 'settings' });
  });

  it('reads a contact id and a filtered table from the address', () => {
    expect(parseRoute('#contact/a%2Fb')).toEqual({ view: 'contact', id: 'a/b' });
    expect(parseRoute('#contacts?tier=S,A&q=mei%20chen&org=Acme')).toEqual({
      view: 'contacts',
      filter: { tiers: ['S', 'A'], query: 'mei chen', org: 'Acme' },
    });
  });

  it('writes back what it reads', () => {
    const filtered: Route = { view: 'contacts', filter: { risks: ['high'], tag: 'vip' } };
    expect(parseRoute(hrefOf(filtered))).toEqual(filtered);
    expect(hrefOf({ view: 'contacts', filter: {} })).toBe('#contacts');
    expect(hrefOf({ view: 'contact', id: 'a/b' })).toBe('#contact/a%2Fb');
  });
});
