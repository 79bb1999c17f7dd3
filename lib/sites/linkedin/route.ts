/** Which LinkedIn view a URL shows, from its path. Pure string work. */
import { normaliseLinkedInSlug } from '../../identity/linkedin';

export type LinkedInRoute =
  /** overlay: the open profile overlay ("contact-info", "about-this-profile") or ''. */
  | { kind: 'profile'; slug: string; overlay: string }
  | { kind: 'thread'; id: string }
  | { kind: 'search' }
  | { kind: 'company'; slug: string }
  | { kind: 'feed' }
  | { kind: 'none' };

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return '';
  }
};

/** Profile /in/<slug>/…, messaging /messaging/thread/<id>/, people search, company /company/<slug>/…, feed. */
export function readLinkedInRoute(url: string): LinkedInRoute {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { kind: 'none' };
  }
  if (!/(?:^|\.)linkedin\.com$/.test(u.hostname)) return { kind: 'none' };
  const [a, b = '', c = '', d = ''] = u.pathname.split('/').slice(1);
  const slug = a === 'in' && normaliseLinkedInSlug(u.href);
  if (slug) return { kind: 'profile', slug, overlay: c === 'overlay' ? d : '' };
  const id = decode(c);
  if (a === 'messaging' && b === 'thread' && /^[\w=+.:-]{1,200}$/.test(id)) return { kind: 'thread', id };
  if (a === 'search' && b === 'results' && c === 'people') return { kind: 'search' };
  const org = decode(b).toLowerCase();
  if (a === 'company' && /^[\p{L}\p{M}\p{N}_.-]{1,100}$/u.test(org)) return { kind: 'company', slug: org };
  return a === 'feed' ? { kind: 'feed' } : { kind: 'none' };
}
