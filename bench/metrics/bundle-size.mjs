import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { metric } from '../lib/stats.mjs';

/** The largest content script as built (WXT minifies production builds), in KB. */
export function contentScriptSize(extensionDir) {
  const dir = path.join(extensionDir, 'content-scripts');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const sizes = files.map((f) => ({ file: f, kb: statSync(path.join(dir, f)).size / 1024 }));
  const largest = sizes.reduce((a, b) => (b.kb > a.kb ? b : a));
  return {
    content_script_kb: metric({
      value: largest.kb,
      unit: 'KB',
      budget: 15,
      extra: Object.fromEntries(sizes.map((s) => [s.file, Number(s.kb.toFixed(2))])),
    }),
  };
}
