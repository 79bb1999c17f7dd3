// The Firefox end-to-end tests: Debian's Firefox ESR with the built add-on (.output/firefox-mv3), driven over
// WebDriver BiDi. `npm run test:firefox` builds first. FIREFOX_PATH picks another Firefox.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ADDON_DIR, FIREFOX } from './firefox.mjs';

if (!existsSync(FIREFOX)) {
  console.error(`Firefox not found at ${FIREFOX}: apt-get install firefox-esr, or set FIREFOX_PATH.`);
  process.exit(1);
}
if (!existsSync(`${ADDON_DIR}/manifest.json`)) {
  console.error(`No Firefox build at ${ADDON_DIR}: run npm run build:firefox first.`);
  process.exit(1);
}
const run = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', 'tests/firefox/'], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
