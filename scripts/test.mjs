/**
 * `npm test`: every kind of test, in an order that fails fast and keeps the
 * two cores from fighting (browser tests and host builds never run at once).
 * Ends with one plain summary line: "tests: N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

const steps = [
  { name: 'Chromium for the browser tests', command: ['node', 'scripts/ensure-chromium.mjs'] },
  { name: 'Type check', command: ['npx', 'tsc', '--noEmit', '-p', '.'] },
  { name: 'Unit and server-rendering tests', vitest: ['--project', 'unit'] },
  { name: 'Components in Chromium: real clipboard, keyboard, print', vitest: ['--project', 'browser*'] },
  { name: 'Every story in Chromium with axe (4 modes)', vitest: ['--project', 'stories-*'] },
  { name: 'Storybook builds offline', command: ['npm', 'run', 'build-storybook'] },
  { name: 'The package: build, pack, hosts, React 18, size', vitest: ['--project', 'package'] },
];

mkdirSync('.tmp/reports', { recursive: true });
let passed = 0;
let failed = 0;
const started = Date.now();

for (const [index, step] of steps.entries()) {
  const t0 = Date.now();
  console.log(`\n▶ ${index + 1}/${steps.length} ${step.name}`);
  let command = step.command;
  let report;
  if (step.vitest) {
    report = `.tmp/reports/step-${index + 1}.json`;
    rmSync(report, { force: true });
    command = ['npx', 'vitest', 'run', ...step.vitest, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  }
  const result = spawnSync(command[0], command.slice(1), { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
  if (report && existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests;
  }
  const seconds = ((Date.now() - t0) / 1000).toFixed(0);
  if (result.status !== 0) {
    if (!report) failed += 1;
    console.log(`✗ ${step.name} failed after ${seconds}s`);
    console.log(`\ntests: ${passed} passed, ${failed} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${step.name} (${seconds}s)`);
}

console.log(`\nAll steps passed in ${((Date.now() - started) / 60000).toFixed(1)} min.`);
console.log(`tests: ${passed} passed, ${failed} failed`);
