#!/usr/bin/env node
// The whole test suite, as the README gives it and CI runs it:
// browsers present (installed from Debian when root), a production build, the type check
// and the report schema, lint (ESLint + web-ext lint on the Firefox build), then every
// vitest project: unit, fixtures, hostile pages, properties, and the real-browser tests.
import { execFileSync } from 'node:child_process';

const step = (title, cmd, args) => {
  console.log(`\n▶ ${title}`);
  execFileSync(cmd, args, { stdio: 'inherit' });
};
try {
  step('browsers for the real-browser tests', 'node', ['scripts/ensure-browsers.mjs']);
  step('production build', 'node', ['build.mjs']);
  step('type check and report schema', 'npx', ['tsc', '-p', 'tsconfig.json']);
  step('report schema is generated from the types', 'node', ['scripts/schema.mjs', '--check']);
  step('ESLint', 'npx', ['eslint', '.']);
  step('web-ext lint (dist/firefox)', 'npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--warnings-as-errors']);
  step('vitest: unit, fixtures, hostile, property, Chromium and Firefox', 'npx', ['vitest', 'run', ...process.argv.slice(2)]);
} catch (e) {
  process.exit(typeof e.status === 'number' && e.status ? e.status : 1);
}
