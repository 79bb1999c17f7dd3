import { STAGES, type Stage, TIERS, type Tier } from '../../crm/types';
import type { SortKey } from '../../schema/contact-sort';
import { type ContactColumns, NONE, PROSPECT, RISKS, type Risk } from './columns';
import { foldForSearch, queryWords } from './search-tokens';
import { utf8 } from './text-column';

const NONE_RANK = 0xffffffff;

export interface ListSort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

/** Every given criterion must hold; within a list, any value matches ("none" = not computed yet). */
export interface ListFilter {
  tiers?: (Tier | 'none' | 'prospect')[];
  stages?: (Stage | 'none')[];
  risks?: (Risk | 'none')[];
  /** Part of the organisation's name, any case. */
  org?: string;
  /** One tag, any case. */
  tag?: string;
  /** Words that must each start a word of the name, an address, the organisation or the title. */
  query?: string;
  /** Whose customers: the rep's own (`me`), any rep's, or nobody's yet. */
  owner?: 'mine' | 'team' | 'none';
  /** The rep asking, for 'mine' (set by the background, never by a page). */
  me?: string;
}

/** The owner codes a filter lets through, or null for all. */
function ownerCodes(cols: ContactColumns, filter: ListFilter): ((code: number) => boolean) | null {
  if (filter.owner === 'team') return (code) => code !== 0;
  if (filter.owner === 'none') return (code) => code === 0;
  if (filter.owner !== 'mine') return null;
  const mine = filter.me ? cols.reps.indexOf(filter.me) + 1 : 0;
  return (code) => mine !== 0 && code === mine;
}

const codeSet = <T extends string>(list: readonly T[], picked: readonly (T | 'none' | 'prospect')[] | undefined) => {
  if (!picked || picked.length === 0) return null;
  const set = new Uint8Array(256);
  for (const p of picked) set[p === 'none' ? NONE : p === 'prospect' ? PROSPECT : list.indexOf(p)] = 1;
  return set;
};

/** A predicate over row indexes for the filter, or null when it lets every contact through. */
export function rowMatcher(cols: ContactColumns, filter: ListFilter): ((i: number) => boolean) | null {
  const tiers = codeSet(TIERS, filter.tiers);
  const stages = codeSet(STAGES, filter.stages);
  const risks = codeSet(RISKS, filter.risks);
  const org = filter.org ? foldForSearch(filter.org) : '';
  const tag = filter.tag ? foldForSearch(filter.tag) : '';
  const words = filter.query ? queryWords(filter.query) : [];
  const needles = words.map((w) => utf8(`\n${w}`));
  const owners = ownerCodes(cols, filter);
  if (!tiers && !stages && !risks && !org && !tag && !owners && needles.length === 0) return null;
  // Many contacts share an organisation: fold each distinct name once.
  const orgMatches = new Map<string, boolean>();
  const orgMatch = (name: string) => {
    let hit = orgMatches.get(name);
    if (hit === undefined) {
      hit = foldForSearch(name).includes(org);
      orgMatches.set(name, hit);
    }
    return hit;
  };
  return (i) => {
    if (tiers && !tiers[cols.tiers[i] ?? NONE]) return false;
    if (stages && !stages[cols.stages[i] ?? NONE]) return false;
    if (risks && !risks[cols.risks[i] ?? NONE]) return false;
    if (owners && !owners(cols.owners[i] ?? 0)) return false;
    if (org && !orgMatch(cols.orgNames[i] ?? '')) return false;
    if (tag && !(cols.tags[i] ?? []).some((t) => foldForSearch(t) === tag)) return false;
    for (const needle of needles) if (!cols.haystacks.includes(i, needle)) return false;
    return true;
  };
}

/** Row indexes in the order of `order` that pass the filter. */
export function filterOrder(cols: ContactColumns, order: Uint32Array, filter: ListFilter): Uint32Array {
  const matches = rowMatcher(cols, filter);
  if (!matches) return order;
  const out = new Uint32Array(order.length);
  let n = 0;
  for (const i of order) if (matches(i)) out[n++] = i;
  return out.slice(0, n);
}

/**
 * Ranks of a text column under the user's collation: sorting then compares integers. Chinese
 * needs the collator (pinyin order); elsewhere lower-cased, accent-free text compares the same
 * for names and is several times faster on a large book. Each distinct text is ranked once:
 * contacts share organisations, and names repeat.
 */
export function textRanks(texts: readonly (string | undefined)[], size: number, locale = 'en'): Uint32Array {
  const rankOf = new Map<string, number>();
  for (let i = 0; i < size; i++) {
    const text = texts[i];
    if (text) rankOf.set(text, 0);
  }
  const distinct = [...rankOf.keys()];
  let compare: (a: number, b: number) => number;
  if (locale.startsWith('zh')) {
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    compare = (a, b) => collator.compare(distinct[a] ?? '', distinct[b] ?? '');
  } else {
    const keys = distinct.map(sortKey);
    compare = (a, b) => {
      const ka = keys[a] ?? '';
      const kb = keys[b] ?? '';
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    };
  }
  const order = distinct.map((_, k) => k).sort(compare);
  let rank = 0;
  for (let k = 0; k < order.length; k++) {
    const at = order[k] ?? 0;
    const prev = order[k - 1];
    if (prev !== undefined && compare(prev, at) !== 0) rank++;
    rankOf.set(distinct[at] ?? '', rank);
  }
  const ranks = new Uint32Array(size).fill(NONE_RANK);
  for (let i = 0; i < size; i++) {
    const text = texts[i];
    if (text) ranks[i] = rankOf.get(text) ?? NONE_RANK;
  }
  return ranks;
}

const ASCII = /^[\x20-\x7e]*$/;
const sortKey = (text: string) => (ASCII.test(text) ? text.toLowerCase() : foldForSearch(text));

/** What sorting needs beyond the columns: collation ranks, computed once per index (organisations when asked for). */
export interface SortRanks {
  names: Uint32Array;
  orgs?: Uint32Array;
}

/**
 * All row indexes sorted by the key. Contacts without a value for the key come last whichever
 * the direction; ties fall back to the name, then to insertion order, so paging is stable.
 */
export function sortOrder(cols: ContactColumns, ranks: SortRanks, sort: ListSort): Uint32Array {
  const key = keyColumn(cols, ranks, sort.key);
  const dir = sort.dir === 'asc' ? 1 : -1;
  const names = ranks.names;
  const order = new Uint32Array(cols.size);
  for (let i = 0; i < cols.size; i++) order[i] = i;
  const missing = (v: number) => Number.isNaN(v) || v === NONE_RANK;
  return order.sort((a, b) => {
    const va = key[a] ?? Number.NaN;
    const vb = key[b] ?? Number.NaN;
    const ma = missing(va);
    const mb = missing(vb);
    if (ma !== mb) return ma ? 1 : -1;
    if (!ma && va !== vb) return (va < vb ? -1 : 1) * dir;
    const na = names[a] ?? 0;
    const nb = names[b] ?? 0;
    return na !== nb ? na - nb : a - b;
  });
}

/** A numeric view of one sort key, where "absent" is NaN or NONE_RANK. */
function keyColumn(cols: ContactColumns, ranks: SortRanks, key: SortKey): ArrayLike<number> {
  switch (key) {
    case 'name':
      return ranks.names;
    case 'org':
      if (!ranks.orgs) throw new Error('Sorting by organisation needs its ranks');
      return ranks.orgs;
    case 'tier':
      return codes(cols.tiers, cols.size);
    case 'stage':
      return codes(cols.stages, cols.size);
    case 'risk':
      return codes(cols.risks, cols.size);
    case 'value':
      return cols.values;
    case 'clv':
      return cols.clvs;
    case 'pAlive':
      return cols.pAlives;
    case 'lastTouch':
      return cols.lastTouches;
  }
}

function codes(bytes: Uint8Array, size: number): Float64Array {
  const out = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    const code = bytes[i] ?? NONE;
    out[i] = code === NONE ? Number.NaN : code;
  }
  return out;
}
