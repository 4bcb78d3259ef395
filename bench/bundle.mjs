// Bundles the engine (src/extract/index.ts) for the benchmark, from the current sources:
//   bench/out/engine.mjs        ESM for Node, not minified, so profiles name functions and modules
//   bench/out/engine.iife.js    minified like the content script, exposes globalThis.ProvenanceEngine
//   bench/out/engine.iife.debug.js  the same unminified, for CPU profiles in Chromium
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;
export const outDir = join(root, 'bench/out');

const common = {
  absWorkingDir: root,
  entryPoints: ['src/extract/index.ts'],
  bundle: true,
  legalComments: 'none',
  logLevel: 'silent',
  define: { __BROWSER__: JSON.stringify('chrome'), 'process.env.NODE_ENV': JSON.stringify('production') },
};

export async function bundleEngine() {
  mkdirSync(outDir, { recursive: true });
  const node = join(outDir, 'engine.mjs');
  const iife = join(outDir, 'engine.iife.js');
  const iifeDebug = join(outDir, 'engine.iife.debug.js');
  const iifeOptions = { ...common, platform: 'browser', format: 'iife', globalName: 'ProvenanceEngine', target: ['chrome148'] };
  // "use strict" keeps an eval'd var local: publish the global explicitly.
  const publish = { js: 'globalThis.ProvenanceEngine = ProvenanceEngine;' };
  await Promise.all([
    esbuild.build({ ...common, outfile: node, platform: 'node', format: 'esm', target: 'node20' }),
    esbuild.build({ ...iifeOptions, outfile: iife, minify: true, footer: publish }),
    // Unminified, for profiles in Chromium that name functions and source modules.
    esbuild.build({ ...iifeOptions, outfile: iifeDebug, footer: { js: `${publish.js}\n//# sourceURL=provenance-engine.debug.js` } }),
  ]);
  return { node, iife, iifeDebug };
}

/**
 * Which source module a line of the unminified Node bundle came from: esbuild marks the start
 * of each module with a `// path` comment, so a profile's line numbers map back to files.
 */
export function moduleLocator(bundlePath) {
  const lines = readFileSync(bundlePath, 'utf8').split('\n');
  const starts = [];
  lines.forEach((l, i) => {
    const m = /^\s*\/\/ ((?:src|node_modules)\/\S+)$/.exec(l);
    if (m) starts.push({ line: i, file: m[1] });
  });
  return (line) => {
    let file = '?';
    for (const s of starts) {
      if (s.line > line) break;
      file = s.file;
    }
    return file;
  };
}
