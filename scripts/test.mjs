#!/usr/bin/env node
// The whole test suite, as the README gives it and CI runs it:
// browsers present (installed from Debian when root), a production build, then every
// vitest project: unit, fixtures, hostile pages, properties, and the real-browser tests.
import { execFileSync } from 'node:child_process';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
try {
  run('node', ['scripts/ensure-browsers.mjs']);
  run('node', ['build.mjs']);
  run('npx', ['vitest', 'run', ...process.argv.slice(2)]);
} catch (e) {
  process.exit(typeof e.status === 'number' && e.status ? e.status : 1);
}
