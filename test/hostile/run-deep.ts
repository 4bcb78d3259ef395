/**
 * Analyses a DOM nested `depth` deep in a worker thread whose stack is big enough for
 * jsdom to build it. The worker's code is bundled in memory with esbuild.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Report } from '../../src/report';

export interface DeepResult {
  report: Report;
  buildMs: number;
  analyzeMs: number;
}

let bundled: Promise<string> | null = null;

function workerCode(): Promise<string> {
  bundled ??= build({
    entryPoints: [resolve(__dirname, 'deep-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    // jsdom stays outside the bundle, required by absolute path (the worker has no module path of its own).
    plugins: [{
      name: 'jsdom-absolute',
      setup(b) {
        const jsdomPath = createRequire(__filename).resolve('jsdom');
        b.onResolve({ filter: /^jsdom$/ }, () => ({ path: jsdomPath, external: true }));
      },
    }],
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0]!.text);
  return bundled;
}

export async function analyzeDeep(depth: number, stackSizeMb = 512): Promise<DeepResult> {
  const code = await workerCode();
  return new Promise((resolvePromise, reject) => {
    const worker = new Worker(code, { eval: true, workerData: { depth }, resourceLimits: { stackSizeMb } });
    worker.once('message', (m: DeepResult) => {
      resolvePromise(m);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (c) => c !== 0 && reject(new Error(`deep worker exited with ${c}`)));
  });
}
