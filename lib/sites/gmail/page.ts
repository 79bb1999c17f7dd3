/** Everything the Gmail content script reports: the open thread or list, plus any compose windows. */
import type { DetectedPage } from '../types';
import { readGmailDrafts } from './compose';
import { readGmailThread } from './thread';

export function readGmailPage(doc: Document, url: string): DetectedPage {
  const page = readGmailThread(doc, url);
  const drafts = readGmailDrafts(doc, page.account);
  if (drafts.length) page.drafts = drafts;
  else if (page.kind === 'compose') page.problems.push('gmail.compose-missing');
  return page;
}
