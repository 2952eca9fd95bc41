// The test command (npm test): unit and property tests with vitest, then the browser tests if a web
// build and chromium are available, then one plain closing line, `N passed, N failed`, that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const out = '.ci-out';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const run = (args) =>
  spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } }).status ?? 1;

let status = run(['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${out}/unit.json`]);

const wantsE2e = existsSync('vitest.e2e.config.ts') && process.env.CONTRAPESO_SKIP_E2E !== '1';
if (wantsE2e) {
  if (!existsSync('/usr/bin/chromium')) {
    console.error('browser tests need Debian chromium at /usr/bin/chromium (apt-get install -y chromium)');
    status = 1;
  } else {
    status =
      run([
        'vitest',
        'run',
        '--config',
        'vitest.e2e.config.ts',
        '--reporter=default',
        '--reporter=json',
        `--outputFile=${out}/e2e.json`,
      ]) || status;
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const name of ['unit.json', ...(wantsE2e ? ['e2e.json'] : [])]) {
  const path = `${out}/${name}`;
  if (!existsSync(path)) {
    failed += 1;
    continue;
  }
  const r = JSON.parse(readFileSync(path, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests || (r.numFailedTestSuites ? r.numFailedTestSuites : 0);
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed || status ? 1 : 0);
