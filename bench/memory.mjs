// Memory during one analysis of a page, in its own Node process so the baseline is clean.
//   node --expose-gc bench/memory.mjs ENGINE.mjs PAGE.html URL   → one JSON object on stdout
// Peak: heapUsed sampled from inside the DOM calls the engine makes (a synchronous analysis
// cannot be sampled from a timer). Clones: every cloneNode/importNode/new document the engine
// makes is tracked with a WeakRef; after GC, with the report still held, none may be alive.
import { readFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { readabilityPass } from './jsdom.mjs';
import { parsePage } from './pages.mjs';

const heap = () => getHeapStatistics().used_heap_size;

async function fullGc() {
  // WeakRefs stay alive until the current job ends, and finalizers run later: yield around GCs.
  for (let i = 0; i < 3; i++) {
    await sleep(0);
    globalThis.gc();
  }
}

/** Samples the heap every few calls of the DOM methods an analysis cannot avoid. */
function instrument(win) {
  const state = { peak: 0, calls: 0, clones: [] };
  const sample = () => {
    if ((++state.calls & 63) === 0) state.peak = Math.max(state.peak, heap());
  };
  const wrapMethod = (proto, name, after) => {
    const orig = proto?.[name];
    if (typeof orig !== 'function') return;
    proto[name] = function (...args) {
      sample();
      const out = orig.apply(this, args);
      if (after) after(out, args);
      return out;
    };
  };
  const wrapGetter = (proto, name) => {
    const d = proto && Object.getOwnPropertyDescriptor(proto, name);
    if (!d?.get) return;
    Object.defineProperty(proto, name, { ...d, get() { sample(); return d.get.call(this); } });
  };
  const track = (out, args) => {
    if (out && typeof out === 'object') state.clones.push({ ref: new WeakRef(out), deep: args[0] !== false && args[1] !== false });
  };
  for (const p of [win.Element.prototype, win.Document.prototype, win.DocumentFragment.prototype]) {
    for (const m of ['querySelector', 'querySelectorAll', 'getElementsByTagName', 'getElementsByClassName']) wrapMethod(p, m);
  }
  for (const m of ['getAttribute', 'hasAttribute', 'closest', 'matches']) wrapMethod(win.Element.prototype, m);
  for (const m of ['nextNode', 'nextSibling', 'firstChild', 'parentNode']) wrapMethod(win.TreeWalker.prototype, m);
  wrapMethod(win.NodeIterator.prototype, 'nextNode');
  for (const g of ['textContent', 'childNodes', 'parentNode', 'nextSibling', 'firstChild', 'nodeType']) wrapGetter(win.Node.prototype, g);
  for (const g of ['children', 'tagName', 'className', 'id']) wrapGetter(win.Element.prototype, g);
  wrapMethod(win.Node.prototype, 'cloneNode', (out, args) => track(out, [args[0] === true]));
  wrapMethod(win.Document.prototype, 'importNode', (out, args) => track(out, [args[1] === true]));
  wrapMethod(win.DOMImplementation.prototype, 'createHTMLDocument', (out) => track(out, [true]));
  wrapMethod(win.DOMParser.prototype, 'parseFromString', (out) => track(out, [true]));
  return state;
}

async function measure(enginePath, file, url) {
  const engine = await import(pathToFileURL(enginePath).href);
  const dom = parsePage({ buf: readFileSync(file), url });
  const doc = dom.window.document;
  const state = instrument(dom.window);
  engine.analyze(doc, url); // warm: compiled code and lazily loaded data are not what we measure
  readabilityPass(doc);

  const peakOf = async (fn) => {
    await fullGc();
    const base = heap();
    state.peak = base;
    state.clones = [];
    const out = fn();
    state.peak = Math.max(state.peak, heap());
    return { base, peak: state.peak - base, out };
  };

  const readability = await peakOf(() => readabilityPass(doc));
  readability.out = null;
  const run = await peakOf(() => engine.analyze(doc, url));
  const baseline = run.base;
  const clones = state.clones;
  let report = run.out;
  run.out = null;
  const reportBytes = JSON.stringify(report).length;
  // The content script keeps the report for the popup: holding it must not hold a clone.
  await fullGc();
  const clonesAlive = clones.filter((c) => c.ref.deref() !== undefined);
  const heldWithReport = heap() - baseline;
  report = null;
  await fullGc();
  const afterOne = heap() - baseline;
  const repeats = 10;
  for (let i = 0; i < repeats; i++) engine.analyze(doc, url);
  await fullGc();
  const afterMore = heap() - baseline;
  dom.window.close();
  return {
    baselineBytes: baseline,
    peakBytes: run.peak,
    readabilityPeakBytes: readability.peak,
    samples: state.calls,
    clonesMade: clones.length,
    deepClonesMade: clones.filter((c) => c.deep).length,
    clonesAlive: clonesAlive.length,
    reportBytes,
    heldWithReportBytes: heldWithReport,
    afterOneBytes: afterOne,
    afterRepeatsBytes: afterMore,
    repeats,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (typeof globalThis.gc !== 'function') {
    process.stderr.write('memory.mjs needs node --expose-gc\n');
    process.exit(2);
  }
  const [enginePath, file, url] = process.argv.slice(2);
  const result = await measure(enginePath, file, url ?? 'https://localhost/');
  process.stdout.write(JSON.stringify(result) + '\n');
}
