/** The stores that hold the workspace (the database's staging stores are not part of it). */
export type StoreName = 'contacts' | 'organisations' | 'interactions' | 'deals' | 'notes' | 'complaints' | 'feedback';

export const ALL_STORES: StoreName[] = [
  'contacts',
  'organisations',
  'interactions',
  'deals',
  'notes',
  'complaints',
  'feedback',
];
