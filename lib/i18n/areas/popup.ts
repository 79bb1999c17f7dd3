/**
 * The toolbar popup: search, quick notes, recent contacts, turning a site on. English is the
 * reference; Chinese has every key.
 */
export const popupEn = {
  'popup.search': 'Search contacts',
  'popup.searchPlaceholder': 'Name, email or company…',
  'popup.noResults': 'No contact matches.',
  'popup.noteFor': 'Note for {name}',
  'popup.noteUnfiled': 'Note (unfiled: no contact chosen)',
  'popup.clearContact': 'Choose no contact',
  'popup.unfiled': 'Unfiled notes',
  'popup.noUnfiled': 'No unfiled notes.',
  'popup.logPage': 'Log this page',
  'popup.unsupported': 'Open a Gmail conversation to log it.',
  'popup.openSidebar': 'The sidebar on Gmail shows who is in each conversation.',
  'popup.recent': 'Recent contacts',
  'popup.noRecent': 'No one yet: people you log conversations with appear here.',
  'popup.notes': 'Notes',
  'popup.noNoteResults': 'No note matches.',
  'popup.noteUnfiledTag': 'Unfiled',
  'popup.openDashboard': 'Open the dashboard',
  'popup.popup.enable': 'Enable Rapport on this site',
  'popup.popup.disable': 'Turn Rapport off on this site',
  'popup.popup.enabled': 'Rapport now runs on this site.',
  'popup.popup.disabled': 'Rapport no longer runs on this site.',
  'popup.popup.denied': 'The browser did not give permission: nothing changed.',
} as const;
