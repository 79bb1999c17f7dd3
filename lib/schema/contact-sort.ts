/** The columns the contacts table can be sorted by: the dashboard asks for them, the database sorts by them. */
export const SORT_KEYS = ['name', 'org', 'tier', 'stage', 'value', 'clv', 'pAlive', 'risk', 'lastTouch'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
