import { describe, expect, it } from 'vitest';
import { readLinkedInRoute } from './route';

const li = 'https://www.linkedin.com';

describe('readLinkedInRoute', () => {
  it.each([
    ['/in/ann-lee/', 'ann-lee', ''],
    ['/in/Ann-Lee', 'ann-lee', ''],
    ['/in/ann-lee/?originalSubdomain=uk#about', 'ann-lee', ''],
    ['/in/ann-lee/overlay/contact-info/', 'ann-lee', 'contact-info'],
    ['/in/ann-lee/details/experience/', 'ann-lee', ''],
    ['/in/jos%C3%A9-garc%C3%ADa-5b1a2c/', 'josé-garcía-5b1a2c', ''],
    ['/in/ACoAAB1x2y3Z4w5V6u7T8s9R0q/', 'ACoAAB1x2y3Z4w5V6u7T8s9R0q', ''],
  ])('%s is a profile', (path, slug, overlay) => {
    expect(readLinkedInRoute(li + path)).toEqual({ kind: 'profile', slug, overlay });
  });

  it('accepts country subdomains', () => {
    expect(readLinkedInRoute('https://uk.linkedin.com/in/ann-lee')).toMatchObject({ kind: 'profile', slug: 'ann-lee' });
  });

  it.each([
    [
      '/messaging/thread/2-OWE3ZTM4YjUtNjQ0Ni00ZjJhLWI5MjItOGNkYzlkZDQ2ZjQ4XzAxMA==/',
      '2-OWE3ZTM4YjUtNjQ0Ni00ZjJhLWI5MjItOGNkYzlkZDQ2ZjQ4XzAxMA==',
    ],
    ['/messaging/thread/2-abc%3D%3D/?filter=unread', '2-abc=='],
  ])('%s is a thread', (path, id) => {
    expect(readLinkedInRoute(li + path)).toEqual({ kind: 'thread', id });
  });

  it.each([
    ['/search/results/people/?keywords=acme', { kind: 'search' }],
    ['/company/Acme-Corp/', { kind: 'company', slug: 'acme-corp' }],
    ['/company/1234567/people/', { kind: 'company', slug: '1234567' }],
    ['/company/booking.com/', { kind: 'company', slug: 'booking.com' }],
    ['/feed/', { kind: 'feed' }],
    ['/feed/update/urn:li:activity:7250000000000000001/', { kind: 'feed' }],
  ])('%s', (path, route) => {
    expect(readLinkedInRoute(li + path)).toEqual(route);
  });

  it.each([
    `${li}/`,
    `${li}/in/`,
    `${li}/in/a/`,
    `${li}/messaging/`,
    `${li}/messaging/thread/<script>/`,
    `${li}/messaging/thread/%E0%A4%A/`,
    `${li}/search/results/all/?keywords=acme`,
    `${li}/company/`,
    `${li}/company/%3Cb%3E/`,
    `${li}/jobs/view/123/`,
    'https://example.com/in/ann-lee/',
    'https://linkedin.com.evil.example/in/ann-lee/',
    'not a url',
    '',
  ])('%s is none', (url) => {
    expect(readLinkedInRoute(url)).toEqual({ kind: 'none' });
  });
});
