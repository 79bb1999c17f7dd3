/** What a site adapter reads off a page. Plain data: it crosses from the content script to the sidebar. */

export type SiteId = 'gmail' | 'linkedin' | 'outlook' | 'web';

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
  /** The sender's shown name, on sites that show no addresses (LinkedIn): it says who wrote it. */
  fromName?: string;
}

/** An open compose window (Gmail): who the email is going to. */
export interface DetectedDraft {
  /** Gmail's draft id ("#msg-a:r…", also the sent message's id) or '' before Gmail saved the draft. */
  id: string;
  subject: string;
  /** Recipients, with role to/cc/bcc. */
  people: DetectedPerson[];
}

/** An organisation the page is about (LinkedIn company page, schema.org Organization). */
export interface DetectedOrganisation {
  name: string;
  url?: string;
  domain?: string;
}

/** A conversation open over the page (LinkedIn's messaging window): who it is with and its visible messages. */
export interface DetectedConversation {
  /** The site's key of the conversation: LinkedIn's thread id, else the participant's profile URL. */
  id: string;
  people: DetectedPerson[];
  messages: DetectedMessage[];
  threadId?: string;
}

/**
 * How one field was read: the named strategy that matched ('' when none did), and whether it was a fallback
 * (not the first strategy tried). Site health shows it, so a layout change is seen before reading fails.
 */
export interface FieldReading {
  field: string;
  by: string;
  fallback: boolean;
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
  /** Open compose windows and their recipients. */
  drafts?: DetectedDraft[];
  organisation?: DetectedOrganisation;
  /** Conversations open over the page (LinkedIn's chat windows), apart from the page's own people. */
  conversations?: DetectedConversation[];
  /** Which strategy read each field, for site health. */
  readings?: FieldReading[];
  /** Parts the adapter expected but could not read, so the sidebar can say so. */
  problems: string[];
}

/** A sent email, seen leaving a compose window: handed by the content script to its sidebar to log. */
export interface SentEmail {
  site: SiteId;
  draftId: string;
  subject: string;
  account: string | null;
  people: DetectedPerson[];
  /** Epoch ms when the send was seen. */
  at: number;
  url: string;
}
