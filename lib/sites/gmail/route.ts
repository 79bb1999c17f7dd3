/** Which Gmail view a URL shows, from its hash (and ?compose=). Pure string work. */

export type GmailRoute =
  | { kind: 'thread'; threadId: string }
  | { kind: 'compose' }
  | { kind: 'list' }
  | { kind: 'none' };

/** Legacy hex ids (16+ hex) or the newer long ids such as FMfcgzQXJWDsKmrCGqRWWLDJpwpbdFqz. */
const THREAD_ID = /^([0-9a-f]{16,}|[A-Za-z0-9]{20,})$/i;
/** Views whose first argument is a label/query/category, not a thread: #label/x/<id>, #search/q/<id>. */
const VIEW_WITH_ARG = /^(label|search|category|advanced-search)$/;
/** Other views that list conversations. */
const LIST_VIEW = /^(inbox|starred|snoozed|imp|sent|scheduled|drafts|all|spam|trash)$/;

export function readGmailRoute(url: string): GmailRoute {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { kind: 'none' };
  }
  const [path = '', hashQuery = ''] = u.hash.slice(1).split('?');
  const parts = path.split('/');
  const view = parts[0] ?? '';
  const last = parts.at(-1) ?? '';
  const withArg = VIEW_WITH_ARG.test(view);
  if (parts.length > (withArg ? 2 : 1) && THREAD_ID.test(last)) return { kind: 'thread', threadId: last };
  if (/[?&]compose=/.test(`${u.search}&${hashQuery}`)) return { kind: 'compose' };
  const list = view ? withArg || LIST_VIEW.test(view) : u.pathname.startsWith('/mail/');
  return list ? { kind: 'list' } : { kind: 'none' };
}
