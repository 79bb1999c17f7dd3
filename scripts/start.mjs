// `npm start`: installs what is missing, builds, and opens Chromium on the demo. Node built-ins only:
// it runs before the dependencies are installed.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { CHROMIUM } from './chromium.mjs';

function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n"${command} ${args.join(' ')}" failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

if (mtime('node_modules/.package-lock.json') < mtime('package-lock.json')) {
  console.log('Installing dependencies…');
  run('npm', ['ci']);
}

if (!existsSync(CHROMIUM)) {
  console.log(`Chromium is not at ${CHROMIUM}; installing Debian's chromium package…`);
  const asRoot = process.getuid?.() === 0;
  if (!existsSync('/usr/bin/apt-get')) {
    console.error('No apt-get here: install Chromium yourself and set CHROMIUM_PATH to its executable.');
    process.exit(1);
  }
  const apt = (args) => (asRoot ? run('apt-get', args) : run('sudo', ['apt-get', ...args]));
  apt(['update']);
  apt(['install', '-y', 'chromium']);
}

console.log('Building the extension…');
run('npx', ['wxt', 'build']);
run('node', ['scripts/demo.mjs', ...process.argv.slice(2)]);
