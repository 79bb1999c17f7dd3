// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseLinkedInSlug } from '../identity/linkedin';
import { readLinkedInPage } from '../sites/linkedin/read';
import { generateDemoWorkspace } from './generate';

const NOW = Date.UTC(2026, 10, 23);
const PROFILE = 'https://www.linkedin.com/in/mei-chen-northwind/';
const demoPage = (name: string) =>
  new DOMParser().parseFromString(readFileSync(resolve(import.meta.dirname, '../../demo', name), 'utf8'), 'text/html');

describe('the demo pages and the demo workspace', () => {
  const ws = generateDemoWorkspace({ contacts: 50, now: NOW });

  it('gives the people of the demo thread canonical LinkedIn slugs, and no one else a profile', () => {
    const withProfile = ws.contacts.filter((c) => c.linkedin);
    expect(withProfile.map((c) => [c.name, c.linkedin])).toEqual([
      ['Mei Chen', 'mei-chen-northwind'],
      ['David Novak', 'david-novak-globex'],
    ]);
    for (const c of withProfile) expect(normaliseLinkedInSlug(c.linkedin)).toBe(c.linkedin);
  });

  it('shows one person on the demo LinkedIn profile: the demo contact with that slug', () => {
    const page = readLinkedInPage(demoPage('linkedin-profile.html'), PROFILE);
    expect(page.problems).toEqual([]);
    expect(page.people).toEqual([
      {
        name: 'Mei Chen',
        email: '',
        role: 'profile',
        profileUrl: PROFILE,
        company: 'Northwind Trading',
        title: 'Purchasing Manager at Northwind Trading | Wholesale sourcing, supplier partnerships',
      },
    ]);
    const contact = ws.contacts.find((c) => c.linkedin === normaliseLinkedInSlug(page.people[0]?.profileUrl));
    expect(contact).toMatchObject({ name: 'Mei Chen', orgName: 'Northwind Trading' });
  });
});
