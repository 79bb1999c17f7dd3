// Bundles a TypeScript module of the repo into a script that can be evaluated in a page, where it
// leaves its exports on globalThis[name]. Built in memory: nothing is written to the repo.
import path from 'node:path';
import { build } from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '../..');

export async function bundleForPage(entry, name) {
  const out = await build({
    entryPoints: [path.resolve(ROOT, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: `__${name}`,
    footer: { js: `globalThis.${name} = __${name};` },
    target: 'chrome120',
    minify: true,
    alias: { '@': ROOT },
    logLevel: 'error',
  });
  return out.outputFiles[0].text;
}

/** Loads a TypeScript module into Node (bundled to a temporary data: URL). */
export async function importTs(entry) {
  const out = await build({
    entryPoints: [path.resolve(ROOT, entry)],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    alias: { '@': ROOT },
    logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}
