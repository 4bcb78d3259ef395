/**
 * Runs in a worker thread with a large stack (see run-deep.ts): jsdom itself recurses
 * once per ancestor when a node is attached, so it cannot even hold a tree 5,000 deep
 * on Node's default stack. The engine then analyses that tree in the same thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyze } from '../../src/extract/index';
import { nested } from './pages';

const { depth } = workerData as { depth: number };
const t0 = performance.now();
const doc = nested(depth)();
const t1 = performance.now();
const report = analyze(doc, null);
const t2 = performance.now();
parentPort!.postMessage({ report, buildMs: t1 - t0, analyzeMs: t2 - t1 });
