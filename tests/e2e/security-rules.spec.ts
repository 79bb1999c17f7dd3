import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR, expect, test } from './extension';

// The rules of SECURITY.md that hold for the code and the build as a whole, checked on every run.

/** Every product source file under `dir`: tests and test kits excluded. */
function productSources(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) found.push(...productSources(file));
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) found.push(file);
  }
  return found;
}

const PRODUCT = ['lib', 'components', 'entrypoints'].flatMap((dir) => productSources(path.resolve(dir)));
const relative = (file: string) => path.relative(process.cwd(), file);

test('extension pages run under a policy that allows only bundled scripts', () => {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.content_security_policy).toEqual({
    extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'",
  });
});

test('no product code writes HTML from strings', () => {
  expect(PRODUCT.length).toBeGreaterThan(50);
  const writesHtml = /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write)\b/;
  const offending = PRODUCT.filter((file) => writesHtml.test(readFileSync(file, 'utf8'))).map(relative);
  expect(offending).toEqual([]);
});

test('the dashboard and the popup listen to no runtime messages', () => {
  const pages = PRODUCT.filter((file) =>
    /entrypoints[\\/](dashboard|popup)[\\/]|^components[\\/]/.test(relative(file)),
  );
  expect(pages.length).toBeGreaterThan(20);
  // A page hears the background only on the port it opened itself (runtime.connect), never a broadcast.
  const listening = pages.filter((file) => /\bruntime\.onMessage\b/.test(readFileSync(file, 'utf8'))).map(relative);
  expect(listening).toEqual([]);
});

test('only the background opens the database', () => {
  const opening = PRODUCT.filter((file) => /\bopenCrm\(|\bindexedDB\b|\bopenDB\(/.test(readFileSync(file, 'utf8')))
    .map(relative)
    .filter((file) => !/^lib[\\/]db[\\/]/.test(file));
  expect(opening).toEqual(['entrypoints/background/index.ts']);
});

test('no product code talks to the network', () => {
  const network = /\bfetch\(|\bXMLHttpRequest\b|\bWebSocket\b|\bsendBeacon\b|\bEventSource\b/;
  const talking = PRODUCT.filter((file) => network.test(readFileSync(file, 'utf8'))).map(relative);
  // The one exception: team sync, to the CouchDB server the user set up (end-to-end encrypted).
  expect(talking).toEqual(['lib/sync/couch.ts']);
});
