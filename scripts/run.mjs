#!/usr/bin/env node
// Runs one of the project's TypeScript tools (`npm run eval`, `npm run train`) without a
// separate build step: bundles the entry point with esbuild (it imports the engine from src/)
// and runs it in this process, so every run uses the current source.
//
//   node scripts/run.mjs scripts/eval/main.ts [ARGS…]
import * as esbuild from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NODE_BUNDLE } from './lib/node-bundle.mjs';

const root = new URL('..', import.meta.url).pathname;
const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run.mjs ENTRY.ts [ARGS…]');
  process.exit(2);
}
const outdir = join(root, 'node_modules/.cache/provenance-lens');
mkdirSync(outdir, { recursive: true });
const outfile = join(outdir, `${basename(entry, '.ts')}-${process.pid}.mjs`);
await esbuild.build({
  absWorkingDir: root,
  entryPoints: [entry],
  outfile,
  ...NODE_BUNDLE,
  logLevel: 'warning',
});
process.argv = [process.argv[0], entry, ...rest];
try {
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(outfile, { force: true });
}
