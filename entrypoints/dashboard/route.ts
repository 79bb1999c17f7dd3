import { useEffect, useState } from 'preact/hooks';
import type { ListFilter } from '@/lib/db/contacts/query';

export type Route =
  | { view: 'overview' }
  | { view: 'contacts'; filter?: ListFilter }
  | { view: 'contact'; id: string }
  | { view: 'at-risk' }
  | { view: 'complaints' }
  | { view: 'import' }
  | { view: 'duplicates' }
  | { view: 'settings' };

export type View = Route['view'];

const SIMPLE = ['overview', 'at-risk', 'complaints', 'import', 'duplicates', 'settings'] as const;
const LISTS = { tier: 'tiers', stage: 'stages', risk: 'risks' } as const;
const TEXTS = { org: 'org', tag: 'tag', q: 'query', owner: 'owner' } as const;

/**
 * "#contact/<id>" → { view: 'contact', id }; "#contacts?tier=S,A&q=mei" → the filtered table;
 * anything unknown → the overview.
 */
export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  const [view, arg] = path.split('/');
  if (view === 'contact' && arg) return { view, id: decodeURIComponent(arg) };
  if (view === 'contacts') return search ? { view, filter: parseFilter(new URLSearchParams(search)) } : { view };
  return SIMPLE.find((v) => v === view) ? { view: view as (typeof SIMPLE)[number] } : { view: 'overview' };
}

function parseFilter(params: URLSearchParams): ListFilter {
  const filter: Record<string, unknown> = {};
  for (const [param, field] of Object.entries(LISTS)) {
    const values = params.get(param)?.split(',').filter(Boolean);
    if (values?.length) filter[field] = values;
  }
  for (const [param, field] of Object.entries(TEXTS)) {
    const text = params.get(param);
    if (text) filter[field] = text;
  }
  // Values are checked again by the background's schema; a bad link shows an error, not a crash.
  return filter as ListFilter;
}

export function hrefOf(route: Route): string {
  if (route.view === 'contact') return `#contact/${encodeURIComponent(route.id)}`;
  if (route.view === 'contacts' && route.filter) {
    const params = new URLSearchParams();
    for (const [param, field] of Object.entries(LISTS)) {
      const values = route.filter[field];
      if (values?.length) params.set(param, values.join(','));
    }
    for (const [param, field] of Object.entries(TEXTS)) {
      const text = route.filter[field];
      if (text) params.set(param, text);
    }
    const search = params.toString();
    return search ? `#contacts?${search}` : '#contacts';
  }
  return `#${route.view}`;
}

export function navigate(route: Route): void {
  location.hash = hrefOf(route);
}

/**
 * The route in the address, and how many navigations happened: a view that rewrites its own
 * address (the contacts filter) still restarts when the user navigates to it again.
 */
export function useRoute(): { route: Route; visit: number } {
  const [state, setState] = useState(() => ({ route: parseRoute(location.hash), visit: 0 }));
  useEffect(() => {
    const onChange = () => setState((prev) => ({ route: parseRoute(location.hash), visit: prev.visit + 1 }));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return state;
}
