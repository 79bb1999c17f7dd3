// Detection as the Gmail content script runs it, for timing in a fixture page (globalThis.RapportDetect).
export { readGmailPage } from '../../lib/sites/gmail/page';
export { readGmailThread } from '../../lib/sites/gmail/thread';
