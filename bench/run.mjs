#!/usr/bin/env node
// npm run bench [-- FOLDER …] [--browser] [--write] [options]
//
// How much the analysis costs, against the work a reader-mode parser does on the same page:
// per page (test/corpus/*/source.html plus every folder given), warm medians of analyze(doc, url),
// Readability alone, and a one-pass TreeWalker floor, in jsdom (and, with --browser, in Chromium);
// the bundle sizes; memory during the largest page; growth on a synthetic article at 1×…8×.
// It prints figures and met/MISSED against the targets of issue #8 and never fails on timings:
// the exit code is non-zero only when the benchmark cannot run at all.
//
//   --browser          also measure inside Chromium (the largest pages)
//   --write            write the tables to bench/RESULTS.md
//   --runs N           timed runs per page (default 5); --warmup N untimed runs first (default 2)
//   --quick            3 runs, 1 warm-up, fewer Chromium loads: a fast look, not for RESULTS.md
//   --only ID,ID       only these pages
//   --skip LIST        leave out sections: jsdom,browser,sizes,memory,linear
//   --profile[=ID,…]   CPU profile of analyze on these pages (default: the worst analyze/Readability ratio;
//                      with --browser also the worst page in Chromium)
//   --browser-pages N  how many of the largest pages Chromium measures (default 5); --loads N page loads each (default 2)
//   --rebuild          rebuild dist/ (production) before measuring sizes even if it looks current
import { spawnSync, execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// Timed runs start from a collected heap, and the memory section needs gc(): re-spawn with the flag.
if (typeof globalThis.gc !== 'function') {
  const r = spawnSync(process.execPath, ['--expose-gc', ...process.execArgv, process.argv[1], ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const { bundleEngine, root } = await import('./bundle.mjs');
const { findPages } = await import('./pages.mjs');
const { benchPages, summarize, renderPagesTable, renderSummary } = await import('./jsdom.mjs');
const { benchLinear, renderLinear, linearVerdict } = await import('./synthetic.mjs');
const { measureSizes, renderSizes } = await import('./sizes.mjs');
const { kb, mb, verdict, table } = await import('./stats.mjs');

function parseArgs(argv) {
  const o = { dirs: [], browser: false, write: false, runs: 5, warmup: 2, only: null, skip: new Set(), profile: null, browserPages: 5, loads: 2, rebuild: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--browser') o.browser = true;
    else if (a === '--write') o.write = true;
    else if (a === '--quick') Object.assign(o, { runs: 3, warmup: 1, loads: 1 });
    else if (a === '--runs') o.runs = Math.max(1, Number(value()));
    else if (a === '--warmup') o.warmup = Math.max(0, Number(value()));
    else if (a === '--only') o.only = new Set(value().split(','));
    else if (a === '--skip') value().split(',').forEach((s) => o.skip.add(s));
    else if (a === '--profile') o.profile = true;
    else if (a.startsWith('--profile=')) o.profile = a.slice('--profile='.length);
    else if (a === '--browser-pages') o.browserPages = Math.max(1, Number(value()));
    else if (a === '--loads') o.loads = Math.max(1, Number(value()));
    else if (a === '--rebuild') o.rebuild = true;
    else if (a === '--help' || a === '-h') o.help = true;
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else o.dirs.push(a);
  }
  return o;
}

let opts;
try {
  opts = parseArgs(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`bench: ${e.message}\n`);
  process.exit(2);
}
if (opts.help) {
  const head = readFileSync(process.argv[1], 'utf8').split('\n').slice(1); // after the #! line
  const usage = head.slice(0, head.findIndex((l) => !l.startsWith('//')));
  process.stdout.write(usage.map((l) => l.slice(3)).join('\n') + '\n');
  process.exit(0);
}

const log = (line) => process.stderr.write(line + '\n');
const sections = [];
function section(title, body) {
  const text = `## ${title}\n\n${body}\n`;
  sections.push(text);
  process.stdout.write(`\n${text}`);
}
async function guarded(title, fn) {
  try {
    await fn();
  } catch (e) {
    section(title, `Could not be measured: ${e instanceof Error ? (e.stack ?? e.message).split('\n').slice(0, 3).join(' ') : String(e)}`);
  }
}

function sh(cmd, args) {
  try {
    return execFileSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

const startLoad = os.loadavg();
function machine(chromiumVersion) {
  const cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model ?? '?';
  const commit = sh('git', ['rev-parse', '--short', 'HEAD']);
  const dirty = sh('git', ['status', '--porcelain', '--', 'src']);
  return [
    `- date: ${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC`,
    `- machine: ${os.availableParallelism?.() ?? os.cpus().length} CPUs (nproc), ${cpu}, ${Math.round(os.totalmem() / 1e9)} GB RAM, load average ${startLoad.map((x) => x.toFixed(2)).join(' ')} at start (shared machine: timings are noisy)`,
    `- Node ${process.version}, jsdom ${pkgVersion('jsdom')}, @mozilla/readability ${pkgVersion('@mozilla/readability')}, Chromium ${chromiumVersion ?? sh('/usr/bin/chromium', ['--version'])?.replace(/^Chromium\s+/, '') ?? 'not found'}`,
    `- engine: src/ at commit ${commit ?? '?'}${dirty ? ' with uncommitted changes in src/' : ''}, bundled by bench/bundle.mjs`,
    `- runs: ${opts.warmup} warm-up + ${opts.runs} timed runs per page (medians)`,
  ].join('\n');
}

function pkgVersion(name) {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

// ---- the engine, from the current sources ----
let enginePaths;
let engine;
try {
  enginePaths = await bundleEngine();
  engine = await import(pathToFileURL(enginePaths.node).href + `?t=${Date.now()}`);
  if (typeof engine.analyze !== 'function') throw new Error('src/extract/index.ts exports no analyze()');
} catch (e) {
  process.stderr.write(`bench: cannot build the engine: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}

const { pages: allPages, skipped } = findPages(root, opts.dirs);
for (const s of skipped) log(`bench: skipped ${s}`);
const pages = opts.only ? allPages.filter((p) => opts.only.has(p.id)) : allPages;
if (!pages.length) {
  process.stderr.write('bench: no pages to measure\n');
  process.exit(1);
}
const largest = [...pages].sort((a, b) => b.bytes - a.bytes)[0];

const started = Date.now();
let jsdomSummary = null;
let browserSummary = null;
let chromiumVersion = null;
const header = machine(null);
process.stdout.write(`# Benchmark\n\n${header}\n`);

if (!opts.skip.has('jsdom')) {
  await guarded('jsdom: analyze vs Readability vs floor, per page', () => {
    log(`jsdom: ${pages.length} pages …`);
    const results = benchPages(pages, engine, { runs: opts.runs, warmup: opts.warmup, log });
    jsdomSummary = summarize(results);
    section(
      'jsdom: analyze vs Readability vs floor, per page',
      `Warm medians in one Node process. analyze = the engine's analyze(doc, url) on a freshly parsed document; Readability = \`new Readability(doc.cloneNode(true)).parse()\` (clone included); floor = one TreeWalker pass collecting the body's text. "article" is the engine's decision (gold label in brackets when it differs). Pages sorted by size.\n\n${renderPagesTable(jsdomSummary)}\n\n${renderSummary(jsdomSummary, 'in jsdom')}`,
    );
  });
}

if (opts.profile) {
  const ids = typeof opts.profile === 'string' ? opts.profile.split(',') : [jsdomSummary?.worst.id ?? largest.id];
  for (const id of ids) {
    await guarded(`Profile of analyze on ${id} (jsdom)`, async () => {
      const { profileAnalyze, renderProfile } = await import('./profile.mjs');
      const page = allPages.find((p) => p.id === id);
      if (!page) throw new Error(`no page ${id}`);
      log(`profiling analyze on ${id} …`);
      section(`Profile of analyze on ${id} (jsdom)`, renderProfile(await profileAnalyze(page, engine, enginePaths.node)));
    });
  }
}

if (opts.browser && !opts.skip.has('browser')) {
  await guarded('Chromium: analyze vs Readability vs floor, largest pages', async () => {
    const { benchBrowser } = await import('./browser.mjs');
    const chosen = [...pages].sort((a, b) => b.bytes - a.bytes).slice(0, opts.browserPages);
    log(`Chromium: ${chosen.length} largest pages …`);
    const { results, version } = await benchBrowser(chosen, enginePaths, { runs: opts.runs, warmup: opts.warmup, loads: opts.loads, log });
    chromiumVersion = version;
    browserSummary = summarize(results);
    const first = results.map((r) => `${r.id} ${(r.coldAnalyze).toFixed(1)} ms`).join(', ');
    const inPage = results.map((r) => `${r.id} ${r.inPage.toFixed(1)} ms (${Math.round((100 * r.inPage) / r.analyze)}%)`).join(', ');
    section(
      'Chromium: analyze vs Readability vs floor, largest pages',
      `Chromium ${version}, headless, the page's own scripts blocked by CSP and other hosts unreachable, the engine's minified IIFE bundle and Readability evaluated into the page; performance.now() in the page; ${opts.loads} page load(s) × ${opts.runs} timed runs after ${opts.warmup} warm-up(s), medians. analyze runs on the live document. "Median page" here is the median of these ${results.length} largest pages.\n\n${renderPagesTable(browserSummary)}\n\n${renderSummary(browserSummary, 'in Chromium')}\n- first analysis after a page load (cold code, what a reader's first click costs): ${first}\n- the part the extension runs in the page (\`readPage\`; quote attribution runs in its background), share of analyze: ${inPage}`,
    );
  });
}

if (opts.profile && browserSummary) {
  const page = allPages.find((p) => p.id === browserSummary.worst.id);
  await guarded(`Profile of analyze on ${page.id} (Chromium)`, async () => {
    const { profileAnalyzeInChromium, renderProfile } = await import('./profile.mjs');
    log(`profiling analyze on ${page.id} in Chromium …`);
    section(`Profile of analyze on ${page.id} (Chromium)`, renderProfile(await profileAnalyzeInChromium(page, enginePaths)));
  });
}

let sizes = null;
if (!opts.skip.has('sizes')) {
  await guarded('Bundle sizes', () => {
    sizes = measureSizes(root, { rebuild: opts.rebuild, log });
    section('Bundle sizes', renderSizes(sizes));
  });
}

let memory = null;
if (!opts.skip.has('memory')) {
  await guarded('Memory', () => {
    log(`memory: ${largest.id} …`);
    const r = spawnSync(process.execPath, ['--expose-gc', join(root, 'bench/memory.mjs'), enginePaths.node, largest.file, largest.url], { encoding: 'utf8', timeout: 300_000 });
    if (r.status !== 0) throw new Error(r.error?.message ?? r.stderr.trim().split('\n').slice(-3).join(' '));
    const m = JSON.parse(r.stdout.trim().split('\n').pop());
    memory = m;
    const clones = m.clonesMade
      ? `the engine made ${m.clonesMade} clone(s)/new document(s) (${m.deepClonesMade} deep); alive after GC while the report is still held: ${m.clonesAlive} (target 0: ${verdict(m.clonesAlive === 0)})`
      : 'the engine made no clone and no new document (cloneNode, importNode, createHTMLDocument, DOMParser were not called), so none can be retained';
    section(
      'Memory',
      [
        `Largest page ${largest.id} (${kb(largest.bytes)}), in a fresh \`node --expose-gc\` process after one warm-up analysis; heap = V8 used heap; peak sampled every 64 DOM calls the analysis makes.`,
        '',
        table(
          ['measure', 'value'],
          [
            ['baseline heap (page parsed, before analysis)', mb(m.baselineBytes)],
            ['peak heap above baseline during analyze', mb(m.peakBytes)],
            ['peak heap above baseline during Readability (for scale)', mb(m.readabilityPeakBytes)],
            ['heap above baseline after GC, report still held', mb(m.heldWithReportBytes)],
            ['report size (JSON)', kb(m.reportBytes)],
            ['heap above baseline after GC, report dropped', mb(m.afterOneBytes)],
            [`heap above baseline after ${m.repeats} more analyses + GC`, mb(m.afterRepeatsBytes)],
          ],
        ),
        '',
        `- clones: ${clones}`,
        `- nothing retained: heap after ${m.repeats} more analyses grew by ${mb(m.afterRepeatsBytes - m.afterOneBytes)} over the first (≤ 1 MB: ${verdict(m.afterRepeatsBytes - m.afterOneBytes <= 1e6)})`,
      ].join('\n'),
    );
  });
}

let linear = null;
if (!opts.skip.has('linear')) {
  await guarded('Linear growth (synthetic article, jsdom)', () => {
    log('linear growth: synthetic article at 1×, 2×, 4×, 8× …');
    linear = benchLinear(engine, { runs: Math.max(opts.runs * 2, 7), warmup: opts.warmup });
    section('Linear growth (synthetic article, jsdom)', `A synthetic news article (byline, dateline, JSON-LD, nav/footer, paragraphs of quotes with attributions: bench/synthetic.mjs) at 1×, 2×, 4×, 8× its paragraphs; warm medians.\n\n${renderLinear(linear)}`);
  });
}

// ---- targets ----
const targetRows = [];
const t = (name, where, value, ok) => targetRows.push([name, where, value, verdict(ok)]);
if (jsdomSummary) {
  t('analyze/Readability, median page ≤ 1.5', 'jsdom', jsdomSummary.medianRatio.toFixed(2), jsdomSummary.medianRatio <= 1.5);
  t('analyze/Readability, largest page ≤ 2.0', 'jsdom', jsdomSummary.largest.ra.toFixed(2), jsdomSummary.largest.ra <= 2.0);
  if (jsdomSummary.nonArticles.length) t('non-article decision ≤ 5% of Readability', 'jsdom', `${(jsdomSummary.worstNonArticle * 100).toFixed(1)}% (worst)`, jsdomSummary.worstNonArticle <= 0.05);
}
if (browserSummary) {
  t('analyze/Readability, median page ≤ 1.5', 'Chromium', browserSummary.medianRatio.toFixed(2), browserSummary.medianRatio <= 1.5);
  t('analyze/Readability, largest page ≤ 2.0', 'Chromium', browserSummary.largest.ra.toFixed(2), browserSummary.largest.ra <= 2.0);
  if (browserSummary.nonArticles.length) t('non-article decision ≤ 5% of Readability', 'Chromium', `${(browserSummary.worstNonArticle * 100).toFixed(1)}% (worst)`, browserSummary.worstNonArticle <= 0.05);
}
for (const r of sizes?.rows ?? []) {
  if (r.target) t(`${r.name}.js ≤ ${kb(r.target)} minified`, 'dist/chrome', kb(r.bytes), r.bytes <= r.target);
}
if (linear) targetRows.push(['doubling paragraphs at most doubles time', 'jsdom', linear.growth.map((g) => g.toFixed(2)).join(', '), linearVerdict(linear)]);
if (targetRows.length) section('Targets (issue #8)', table(['target', 'where', 'measured', 'result'], targetRows));

log(`bench: done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
// The same figures for scripts (the closing note, comparisons between runs).
writeFileSync(
  join(root, 'bench/out/results.json'),
  JSON.stringify({ date: new Date().toISOString(), chromium: chromiumVersion, jsdom: jsdomSummary?.rows, browser: browserSummary?.rows, sizes: sizes?.rows, memory, linear, targets: targetRows }, null, 2),
);
if (opts.write) {
  const file = join(root, 'bench/RESULTS.md');
  const intro = `# Benchmark results\n\nOne run of \`npm run bench -- ${process.argv.slice(2).join(' ')}\` (bench/run.mjs). Figures move with the engine and with the load on this shared machine; rerun to refresh.\n\n${machine(chromiumVersion)}\n`;
  writeFileSync(file, `${intro}\n${sections.join('\n')}`);
  log(`bench: wrote ${file}`);
}
