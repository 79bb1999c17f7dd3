/** What a site adapter reads off a page. Plain data: it crosses from the content script to the sidebar. */

export type SiteId = 'gmail' | 'linkedin';

export type PersonRole = 'from' | 'to' | 'cc' | 'bcc' | 'profile' | 'participant';

export interface DetectedPerson {
  name: string;
  /** Lower-cased address as shown on the page; may be empty on sites that show no email. */
  email: string;
  role: PersonRole;
  profileUrl?: string;
  company?: string;
  title?: string;
}

export interface DetectedMessage {
  /** The site's own id of the message (Gmail: data-message-id); the key that makes logging idempotent. */
  id: string;
  fromEmail: string;
  toEmails: string[];
  /** Epoch milliseconds, or null when the page's date could not be read. */
  at: number | null;
}

export interface DetectedPage {
  site: SiteId;
  kind: 'thread' | 'compose' | 'profile' | 'list' | 'none';
  url: string;
  /** The signed-in user's own address when the page shows it. */
  account: string | null;
  threadId?: string;
  subject?: string;
  people: DetectedPerson[];
  messages: DetectedMessage[];
  /** Parts the adapter expected but could not read, so the sidebar can say so. */
  problems: string[];
}
