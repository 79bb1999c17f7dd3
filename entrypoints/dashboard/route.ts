import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { view: 'contacts' }
  | { view: 'contact'; id: string }
  | { view: 'at-risk' }
  | { view: 'complaints' }
  | { view: 'import' }
  | { view: 'settings' };

/** "#contact/<id>" → { view: 'contact', id }; anything unknown → the contacts list. */
export function parseRoute(hash: string): Route {
  const [view, arg] = hash.replace(/^#\/?/, '').split('/');
  if (view === 'contact' && arg) return { view, id: decodeURIComponent(arg) };
  if (view === 'at-risk' || view === 'complaints' || view === 'import' || view === 'settings') return { view };
  return { view: 'contacts' };
}

export function hrefOf(route: Route): string {
  return route.view === 'contact' ? `#contact/${encodeURIComponent(route.id)}` : `#${route.view}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
