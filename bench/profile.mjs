// CPU profile of analyze() on one page (V8 sampling profiler through node:inspector), reduced to
// the engine functions responsible: each sample is charged to the innermost engine frame on its
// stack, so time spent inside jsdom or Readability on the engine's behalf counts for its caller.
import { Session } from 'node:inspector/promises';
import { moduleLocator } from './bundle.mjs';
import { parsePage } from './pages.mjs';
import { ms, table } from './stats.mjs';

export async function profileAnalyze(page, engine, enginePath, { runs = 10 } = {}) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  const docs = Array.from({ length: runs }, () => parsePage(page));
  await session.post('Profiler.start');
  for (const dom of docs) engine.analyze(dom.window.document, page.url);
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  for (const dom of docs) dom.window.close();

  const engineUrl = new URL(`file://${enginePath}`).href;
  // The bundle is imported with a cache-busting query (?t=…).
  const isEngine = (n) => n.callFrame.url.split('?')[0] === engineUrl || n.callFrame.url === enginePath;
  return reduceProfile(profile, { isEngine, locate: moduleLocator(enginePath), runs, page: page.id, where: 'jsdom', bundle: 'bench/out/engine.mjs' });
}

/** The same reduction for a profile taken inside Chromium (bench/browser.mjs). */
export async function profileAnalyzeInChromium(page, enginePaths, { runs = 20 } = {}) {
  const { profileInChromium } = await import('./browser.mjs');
  const profile = await profileInChromium(page, enginePaths, { runs });
  const isEngine = (n) => n.callFrame.url.endsWith('provenance-engine.debug.js');
  return reduceProfile(profile, { isEngine, locate: moduleLocator(enginePaths.iifeDebug), runs, page: page.id, where: 'Chromium', bundle: 'bench/out/engine.iife.debug.js' });
}

/** Charges each sample to the innermost engine frame on its stack; tallies functions and modules. */
export function reduceProfile(profile, { isEngine, locate, runs, page, where, bundle }) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const owner = new Map();
  const ownerOf = (id) => {
    if (owner.has(id)) return owner.get(id);
    const n = byId.get(id);
    const o = isEngine(n) ? n : parent.has(id) ? ownerOf(parent.get(id)) : null;
    owner.set(id, o);
    return o;
  };
  const total = profile.endTime - profile.startTime;
  const samples = profile.samples.length || 1;
  const perSample = total / 1000 / samples / runs; // ms per sample, per analysis
  const fns = new Map();
  const files = new Map();
  const leaves = new Map(); // engine function -> where its samples actually landed
  const leafName = (n) => {
    if (isEngine(n)) return 'its own code';
    const f = n.callFrame;
    const at = f.url ? f.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\//, '') : '';
    return `${f.functionName || '(anonymous)'}${at ? ` (${at.split('?')[0]})` : ''}`;
  };
  for (const id of profile.samples) {
    const o = ownerOf(id);
    if (!o) continue;
    const file = locate(o.callFrame.lineNumber);
    const key = `${o.callFrame.functionName || '(anonymous)'}\u0000${file}:${o.callFrame.lineNumber + 1}`;
    fns.set(key, (fns.get(key) ?? 0) + 1);
    files.set(file, (files.get(file) ?? 0) + 1);
    const inner = leaves.get(key) ?? new Map();
    const leaf = leafName(byId.get(id));
    inner.set(leaf, (inner.get(leaf) ?? 0) + 1);
    leaves.set(key, inner);
  }
  const top = (m, n) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  return {
    page,
    where,
    bundle,
    runs,
    perRunMs: total / 1000 / runs,
    functions: top(fns, 12).map(([k, v]) => {
      const [fn, where] = k.split('\u0000');
      const inside = top(leaves.get(k), 2).map(([leaf, c]) => `${leaf} ${Math.round((100 * c) / v)}%`);
      return { fn, where, ms: v * perSample, share: v / samples, inside: inside.join(', ') };
    }),
    files: top(files, 8).map(([file, v]) => ({ file, ms: v * perSample, share: v / samples })),
  };
}

export function renderProfile(p) {
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  return [
    `Page ${p.page} in ${p.where}, ${p.runs} analyses, ${ms(p.perRunMs)} ms each on average (profiler on). Time charged to the innermost engine function on the stack; lines are in ${p.bundle}, mapped to their source module:`,
    '',
    table(
      ['engine function', 'source module:bundle line', 'ms per analysis', 'share', 'where its time goes'],
      p.functions.map((f) => [f.fn, f.where, ms(f.ms), pct(f.share), f.inside]),
    ),
    '',
    table(['source module', 'ms per analysis', 'share'], p.files.map((f) => [f.file, ms(f.ms), pct(f.share)])),
  ].join('\n');
}
