import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/en';
import { sidebarEnglish } from './english';

const ROOT = path.resolve(__dirname, '../..');
/** Key families the sidebar's modules name but never meet: it starts no import or restore. */
const NEVER_SHOWN = ['import.error.'];
const neverShown = (key: string) => NEVER_SHOWN.some((family) => key.startsWith(family));

function resolve(from: string, spec: string): string | undefined {
  const base = spec.startsWith('@/') ? path.join(ROOT, spec.slice(2)) : path.resolve(path.dirname(from), spec);
  return ['', '.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((f) => existsSync(f) && f.match(/\.tsx?$/));
}

/** Every project module the sidebar's entry reaches (type-only imports included: they cost nothing, check more). */
function sidebarModules(): Map<string, string> {
  const found = new Map<string, string>();
  const queue = [path.join(ROOT, 'entrypoints/sidebar/main.tsx')];
  for (let file = queue.pop(); file; file = queue.pop()) {
    if (found.has(file)) continue;
    const source = readFileSync(file, 'utf8');
    found.set(file, source);
    for (const [, spec = ''] of source.matchAll(/(?:from|import)\s*\(?\s*'([@.][^']*)'/g)) {
      const next = resolve(file, spec);
      if (next && !next.includes('/lib/i18n/')) queue.push(next);
    }
  }
  return found;
}

describe("the sidebar's English", () => {
  it('has every text the sidebar can show', () => {
    const keys = Object.keys(en);
    const missing: string[] = [];
    const modules = sidebarModules();
    expect(modules.has(path.join(ROOT, 'entrypoints/sidebar/PersonCard.tsx'))).toBe(true);
    for (const [file, source] of modules) {
      const where = path.relative(ROOT, file);
      // Verb names ('import.cancel') look like keys: the protocol's only texts are in error-text.ts.
      if (where.startsWith('lib/protocol/') && !where.endsWith('error-text.ts')) continue;
      for (const [, key = ''] of source.matchAll(/['"]([a-zA-Z]+\.[\w.-]+)['"]/g))
        if (Object.hasOwn(en, key) && !Object.hasOwn(sidebarEnglish, key) && !neverShown(key))
          missing.push(`${where}: ${key}`);
      for (const [, prefix = ''] of source.matchAll(/`([a-zA-Z]+\.[\w.-]*\.)\$\{/g)) {
        if (neverShown(prefix) || !keys.some((k) => k.startsWith(prefix))) continue;
        const family = keys.filter((k) => k.startsWith(prefix));
        for (const key of family) if (!Object.hasOwn(sidebarEnglish, key)) missing.push(`${where}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('leaves out the texts only the dashboard, import and popup show', () => {
    expect(Object.keys(sidebarEnglish).filter((k) => /^(dashboard|team|import|popup)\./.test(k))).toEqual([]);
  });
});
