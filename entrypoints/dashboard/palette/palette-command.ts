/** One line of the command palette: a view to open, an action to run or a contact to open. */
export interface PaletteCommand {
  id: string;
  kind: 'view' | 'action' | 'contact';
  label: string;
  /** Extra words it is found by (e.g. the English name under a Chinese UI). */
  keywords?: string;
  /** Asked before running: the command changes data. */
  confirm?: { question: string; yes: string };
  run(): void;
}
