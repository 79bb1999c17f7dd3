// The demo's two site pages, served at their real addresses (demo and screenshots share them).
import { readFileSync } from 'node:fs';

export const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/18d2f0a1b2c3d4e5';
export const PROFILE_URL = 'https://www.linkedin.com/in/mei-chen-northwind/';

/** Gmail answers with the demo thread; LinkedIn with the demo profile, any other LinkedIn page is "not found". */
export async function serveDemoSites(context) {
  const thread = readFileSync('demo/gmail-thread.html', 'utf8');
  const profile = readFileSync('demo/linkedin-profile.html', 'utf8');
  await context.route('https://mail.google.com/**', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: thread }),
  );
  await context.route('https://www.linkedin.com/**', (route) =>
    route.request().url().startsWith(PROFILE_URL)
      ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: profile })
      : route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not part of the Rapport demo.' }),
  );
}
