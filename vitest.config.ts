import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto', 'tests/kit/english.ts'],
    // Seeding the demo book in fake IndexedDB takes seconds on a busy two-core machine.
    testTimeout: 20_000,
    include: [
      'lib/**/*.test.ts',
      'lib/**/*.test.tsx',
      'components/**/*.test.ts',
      'components/**/*.test.tsx',
      'entrypoints/**/*.test.ts',
      'entrypoints/**/*.test.tsx',
      'scripts/**/*.test.ts',
    ],
  },
});
