import { readFileSync } from 'node:fs';

/** Raw bytes of a file in tests/fixtures/import (for tests only). */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../tests/fixtures/import/${name}`, import.meta.url)));
}

/** A fixture read as UTF-8 text (for tests only). */
export function fixtureText(name: string): string {
  return new TextDecoder().decode(fixtureBytes(name));
}
