import { describe, expect, it } from 'vitest';
import { readGmailRoute } from './route';

const base = 'https://mail.google.com/mail/u/0/';

describe('readGmailRoute', () => {
  it.each([
    ['#inbox/FMfcgzQXJWDsKmrCGqRWWLDJpwpbdFqz', 'FMfcgzQXJWDsKmrCGqRWWLDJpwpbdFqz'],
    ['#inbox/18bfd1c2a3e4f567', '18bfd1c2a3e4f567'],
    ['#sent/FMfcgzQXJWDsKmrCGqRWWLDJpwpbdFqz', 'FMfcgzQXJWDsKmrCGqRWWLDJpwpbdFqz'],
    ['#label/Clients/FMfcgzQXJWDsKmrCGqRWWLDJpwpbdFqz', 'FMfcgzQXJWDsKmrCGqRWWLDJpwpbdFqz'],
    ['#search/renewal+quote/18bfd1c2a3e4f567', '18bfd1c2a3e4f567'],
    ['#category/social/FMfcgzQXJWDsKmrCGqRWWLDJpwpbdFqz', 'FMfcgzQXJWDsKmrCGqRWWLDJpwpbdFqz'],
    ['#inbox/FMfcgzQXJWDsKmrCGqRWWLDJpwpbdFqz?compose=new', 'FMfcgzQXJWDsKmrCGqRWWLDJpwpbdFqz'],
  ])('%s is a thread', (hash, threadId) => {
    expect(readGmailRoute(base + hash)).toEqual({ kind: 'thread', threadId });
  });

  it.each([
    '#inbox',
    '#inbox/p2',
    '#sent',
    '#label/Clients',
    '#label/AVeryLongLabelNameThatLooksLikeAnId',
    '#search/AVeryLongSearchQueryThatLooksLikeAnId',
    '#starred',
    '',
  ])('%s is a list', (hash) => {
    expect(readGmailRoute(base + hash)).toEqual({ kind: 'list' });
  });

  it.each(['#inbox?compose=new', '?compose=new#inbox', '#drafts?compose=1843f0e1c2d3a4b5'])('%s is compose', (rest) => {
    expect(readGmailRoute(base + rest)).toEqual({ kind: 'compose' });
  });

  it.each(['#settings/general', 'not a url', 'https://example.com/'])('%s is none', (url) => {
    expect(readGmailRoute(url.startsWith('#') ? base + url : url)).toEqual({ kind: 'none' });
  });
});
