/**
 * Makes sure a Chromium exists for the browser tests, and says what it does.
 * As root on Debian: `apt-get install -y chromium`. Elsewhere: Playwright's own
 * download. Prints the path it settled on.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

let path = findChromium();
if (!path) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get.');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } else {
    console.log('No Chromium found: downloading one with "npx playwright install chromium".');
    execSync('npx playwright install chromium', { stdio: 'inherit' });
  }
  path = findChromium();
}
if (!path) {
  console.error('Could not find or install Chromium. Set CHROMIUM_PATH to a Chromium or Chrome binary.');
  process.exit(1);
}
console.log(`Chromium for browser tests: ${path}`);
