import { describe, expect, it } from 'vitest';
import { domainListed, neverLogReason } from './never-log';

describe('never log', () => {
  it('covers a listed domain and its subdomains, not look-alikes', () => {
    const domains = ['family.example', ' @Friends.Example '];
    expect(domainListed('mum@family.example', domains)).toBe(true);
    expect(domainListed('dad@mail.family.example', domains)).toBe(true);
    expect(domainListed('bo@FRIENDS.example', domains)).toBe(true);
    expect(domainListed('eve@notfamily.example', domains)).toBe(false);
    expect(domainListed('eve@family.example.evil', domains)).toBe(false);
    expect(domainListed('x@y.example', ['', '  '])).toBe(false);
  });

  it('knows the user in every spelling Gmail treats as one mailbox', () => {
    const own = ['ann.lee@gmail.com', 'ann@work.example'];
    expect(neverLogReason('AnnLee+crm@googlemail.com', own, [])).toBe('own');
    expect(neverLogReason('ANN@work.example', own, [])).toBe('own');
    expect(neverLogReason('ann.lee@work.example', own, [])).toBeNull();
    expect(neverLogReason('mum@family.example', own, ['family.example'])).toBe('domain');
    expect(neverLogReason('', own, ['family.example'])).toBeNull();
  });
});
