// The floor of the sidebar's first card, measured in the same run: the same fixture page at another origin, a
// frame added the way the sidebar's is (a content script at document_end; the site's background read, the page
// narrowed, a fixed box at the right edge; web-accessible with a per-session address), but holding a bare
// document that paints one line (cold), and again on each in-page navigation, told by one runtime message from
// the content script (warm). Added to the benchmark's copy of the build only.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const FLOOR_ORIGIN = 'https://floor.rapport.test';
export const FLOOR_MARK = 'floor:painted';

const FILES = {
  'floor.html': `<!doctype html><html><head><meta charset="utf-8"><title>Floor</title>
<script src="/floor.js" defer></script></head><body></body></html>`,
  // Marked after the paint as the sidebar's card is (a Preact effect: the next frame, then a task).
  'floor.js': `const paint = (text) => {
  document.body.textContent = text;
  requestAnimationFrame(() => setTimeout(() => performance.mark('${FLOOR_MARK}')));
};
paint('Card');
chrome.runtime.onMessage.addListener((message) => void (message?.floor && paint(message.floor)));`,
  'floor-content.js': `getComputedStyle(document.body ?? document.documentElement).backgroundColor;
const host = document.createElement('div');
const frame = document.createElement('iframe');
frame.src = chrome.runtime.getURL('/floor.html');
host.append(frame);
Object.assign(host.style, { position: 'fixed', top: '0', right: '0', height: '100vh', width: '360px', zIndex: '2147483646' });
Object.assign(frame.style, { width: '100%', height: '100%', border: '0', display: 'block' });
document.documentElement.style.marginRight = '360px';
document.documentElement.append(host);
// As the sidebar's content script learns of a navigation: at once, and reads the page when the site's call is done.
navigation.addEventListener('navigate', () => queueMicrotask(() => chrome.runtime.sendMessage({ floor: location.hash })));`,
};

/** Writes the floor's files into a copy of the build and declares them in its manifest. */
export function addFloorFrame(extensionDir) {
  for (const [name, text] of Object.entries(FILES)) writeFileSync(path.join(extensionDir, name), text);
  const manifestPath = path.join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const matches = [`${FLOOR_ORIGIN}/*`];
  manifest.content_scripts = [
    ...(manifest.content_scripts ?? []),
    { matches, js: ['floor-content.js'], run_at: 'document_end' },
  ];
  manifest.web_accessible_resources = [
    ...(manifest.web_accessible_resources ?? []),
    { resources: ['floor.html'], matches, use_dynamic_url: true },
  ];
  writeFileSync(manifestPath, JSON.stringify(manifest));
}
