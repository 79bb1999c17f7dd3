// Detection as the Gmail content script runs it, for timing in a fixture page (globalThis.RapportDetect),
// and the padding that gives the fixture Gmail's real size.
export { readGmailPage } from '../../lib/sites/gmail/page';
export { readGmailThread } from '../../lib/sites/gmail/thread';
export { padGmailPage } from './gmail-padding';
