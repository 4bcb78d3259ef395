// The three measurements inside real Chromium (Debian's /usr/bin/chromium via playwright-core),
// timed with performance.now() in the page. Pages are served from 127.0.0.1 with the page's own
// scripts blocked (deterministic DOM, nothing fetched from the network); the engine's IIFE bundle
// and Readability are evaluated into the page, as a content script would bring them.
import { createRequire } from 'node:module';
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { floorPass } from './jsdom.mjs';
import { median, ms } from './stats.mjs';

const require = createRequire(import.meta.url);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function serve(pages) {
  const server = http.createServer((req, res) => {
    const m = /^\/page\/(\d+)$/.exec(req.url ?? '');
    const page = m ? pages[Number(m[1])] : undefined;
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    // No charset in the header: the browser sniffs the BOM and <meta charset>, as jsdom does here.
    // The page's own scripts are blocked by CSP (a deterministic DOM, nothing fetched). Scripting
    // itself stays on: with JavaScript disabled, Chromium refuses to call back into JS from the
    // DOM (a TreeWalker filter throws "The provided callback is no longer runnable").
    res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': "script-src 'none'" });
    res.end(page.buf);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Runs in the page: one cold analysis, then warm runs of the three passes, interleaved. */
function inPage({ url, runs, warmup }) {
  const T = () => performance.now();
  const gc = typeof globalThis.gc === 'function' ? globalThis.gc : () => {};
  const { analyze, readPage } = globalThis.ProvenanceEngine;
  const R = globalThis.Readability;
  const floor = globalThis.__benchFloor;
  const out = { a: [], p: [], r: [], f: [], coldAnalyze: 0, report: null, nodes: 0 };
  gc(); // once: a full GC between runs drops compiled code and slows the next run (see jsdom.mjs)
  // performance.now() is coarse in a page (100 µs): a pass shorter than 2 ms is repeated and averaged.
  const timed = (fn) => {
    const t0 = T();
    let n = 0;
    let out;
    do {
      out = fn();
      n++;
    } while (T() - t0 < 2 && n < 100);
    return { ms: (T() - t0) / n, out };
  };
  // The very first analysis after a load runs cold code: what a reader's first click costs.
  const t = T();
  const rep = analyze(document, url);
  out.coldAnalyze = T() - t;
  out.report = { isArticle: rep.isArticle === true, errors: rep.errors.map((e) => `${e.extractor}: ${e.message}`), truncated: rep.truncated === true };
  for (let i = 0; i < warmup + runs; i++) {
    const { ms: ta } = timed(() => analyze(document, url));
    // The extension's content script runs only this half; the other half runs in its background.
    const { ms: tp } = timed(() => readPage(document, url));
    const { ms: tr } = timed(() => {
      try {
        return new R(document.cloneNode(true)).parse();
      } catch {
        return null; /* its time until then still counts */
      }
    });
    const { ms: tf } = timed(() => floor(document));
    if (i >= warmup) {
      out.a.push(ta);
      out.p.push(tp);
      out.r.push(tr);
      out.f.push(tf);
    }
  }
  const w = document.createTreeWalker(document, 0xffffffff);
  out.nodes = 1;
  while (w.nextNode()) out.nodes++;
  return out;
}

/** A hung analysis must not hang the benchmark: give up on it (the browser is closed after). */
function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Headless Chromium with one tab, the pages served from 127.0.0.1, page scripts blocked, no network. */
async function openChromium(pages) {
  const { chromium } = await import('playwright-core');
  const server = await serve(pages);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium
    .launch({
      executablePath: CHROMIUM,
      headless: true,
      // As in /work/shared/notes/e2e.md: root needs --no-sandbox; gc() lets each run set start clean.
      args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc'],
    })
    .catch((e) => {
      server.close();
      throw e;
    });
  const context = await browser.newContext();
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  const tab = await context.newPage();
  return {
    browser,
    tab,
    /** Loads page i afresh and evaluates these scripts into it as global scripts (DevTools evaluation is exempt from the page's CSP). */
    async load(i, scripts) {
      await tab.goto(`${origin}/page/${i}`, { waitUntil: 'load', timeout: 60_000 });
      const cdp = await context.newCDPSession(tab);
      for (const expression of scripts) {
        const { exceptionDetails } = await cdp.send('Runtime.evaluate', { expression });
        if (exceptionDetails) throw new Error(`injecting a bundle failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      }
      return cdp;
    },
    async close() {
      await browser.close();
      server.close();
    },
  };
}

export async function benchBrowser(pages, enginePaths, { runs, warmup, loads, log }) {
  const readabilitySrc = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');
  const engineSrc = readFileSync(enginePaths.iife, 'utf8');
  const scripts = [`${readabilitySrc}\n;globalThis.Readability = Readability;`, `${engineSrc}\n;globalThis.__benchFloor = ${floorPass.toString()};`];
  const chromium = await openChromium(pages);
  const results = [];
  try {
    for (let i = 0; i < pages.length; i++) {
      const page = pages[i];
      const a = [];
      const p = [];
      const r = [];
      const f = [];
      const cold = [];
      let last = null;
      for (let load = 0; load < loads; load++) {
        // A fresh load per run set: nothing the engine could cache on the document survives it.
        await (await chromium.load(i, scripts)).detach();
        last = await withTimeout(chromium.tab.evaluate(inPage, { url: page.url, runs, warmup }), 180_000, `${page.id}: the runs in Chromium`);
        a.push(...last.a);
        p.push(...last.p);
        r.push(...last.r);
        f.push(...last.f);
        cold.push(last.coldAnalyze);
      }
      const row = {
        id: page.id,
        bytes: page.bytes,
        nodes: last.nodes,
        analyze: median(a),
        inPage: median(p),
        readability: median(r),
        floor: median(f),
        coldAnalyze: median(cold),
        isArticle: last.report.isArticle,
        goldArticle: page.goldArticle,
        errors: last.report.errors,
        truncated: last.report.truncated,
      };
      results.push(row);
      log(`  ${page.id}: analyze ${ms(row.analyze)} ms (in the page ${ms(row.inPage)} ms; first run ${ms(row.coldAnalyze)} ms), readability ${ms(row.readability)} ms, floor ${ms(row.floor)} ms`);
    }
    return { results, version: chromium.browser.version() };
  } finally {
    await chromium.close();
  }
}

/** V8 CPU profile of warm analyses inside Chromium, with the unminified engine bundle. */
export async function profileInChromium(page, enginePaths, { runs = 20 } = {}) {
  const engineSrc = readFileSync(enginePaths.iifeDebug, 'utf8');
  const chromium = await openChromium([page]);
  try {
    const cdp = await chromium.load(0, [engineSrc]);
    const loop = (n) => `(() => { for (let i = 0; i < ${n}; i++) ProvenanceEngine.analyze(document, ${JSON.stringify(page.url)}); })()`;
    await cdp.send('Runtime.evaluate', { expression: loop(3) }); // warm
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await cdp.send('Runtime.evaluate', { expression: loop(runs) });
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach();
    return profile;
  } finally {
    await chromium.close();
  }
}
