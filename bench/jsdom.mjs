// The three measurements in one Node process with jsdom: (a) the engine's analyze(doc, url),
// (b) Readability alone on a clone, (c) the floor: one TreeWalker pass collecting the body's text.
import { Readability } from '@mozilla/readability';
import { parsePage, countNodes } from './pages.mjs';
import { collect, int, kb, median, ms, now, ratio, table, verdict } from './stats.mjs';

/**
 * The least any analysis must do: visit the body's text once. Self-contained (no closure),
 * because the browser section sends its source into the page.
 */
export function floorPass(doc) {
  const root = doc.body || doc.documentElement;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const parts = [];
  while (walker.nextNode()) parts.push(walker.currentNode.data);
  return parts.join('').length;
}

export function readabilityPass(doc) {
  // The clone is part of the cost: the engine may not hand Readability the live page either.
  return new Readability(doc.cloneNode(true)).parse();
}

/**
 * Warm runs of the three passes, interleaved so a noisy moment on the shared machine hits all
 * three alike. `fresh()` gives analyze a newly parsed document every run (parsing is not timed),
 * so nothing the engine might cache on a document can flatter later runs.
 */
export function timeRuns({ analyze, url, fresh, base, runs, warmup }) {
  const a = [];
  const r = [];
  const f = [];
  let report = null;
  let error = null;
  // One collection before the run set, none between runs: a forced full GC makes V8 drop
  // compiled code and feedback, which slowed every following run by 2-5× in trials here.
  collect();
  for (let i = 0; i < warmup + runs; i++) {
    const dom = fresh();
    let t = now();
    try {
      report = analyze(dom.window.document, url);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const ta = now() - t;
    dom.window.close();
    t = now();
    try {
      readabilityPass(base);
    } catch {
      /* Readability gave up on this page: its time until then still counts */
    }
    const tr = now() - t;
    t = now();
    floorPass(base);
    const tf = now() - t;
    if (i >= warmup) {
      a.push(ta);
      r.push(tr);
      f.push(tf);
    }
  }
  return { analyze: median(a), readability: median(r), floor: median(f), report, error };
}

export function benchPages(pages, engine, { runs, warmup, log }) {
  const results = [];
  for (const page of pages) {
    const base = parsePage(page);
    const doc = base.window.document;
    const nodes = countNodes(doc);
    const t = timeRuns({ analyze: engine.analyze, url: page.url, fresh: () => parsePage(page), base: doc, runs, warmup });
    base.window.close();
    const rep = t.report;
    results.push({
      id: page.id,
      bytes: page.bytes,
      nodes,
      analyze: t.analyze,
      readability: t.readability,
      floor: t.floor,
      isArticle: rep ? rep.isArticle === true : null,
      goldArticle: page.goldArticle,
      quotes: rep?.quotes?.length ?? 0,
      errors: t.error ? [`analyze threw: ${t.error}`] : (rep?.errors ?? []).map((e) => `${e.extractor}: ${e.message}`),
      truncated: rep?.truncated === true,
    });
    log(`  ${page.id}: analyze ${ms(t.analyze)} ms, readability ${ms(t.readability)} ms, floor ${ms(t.floor)} ms`);
  }
  return results;
}

function articleCell(r) {
  const judged = r.isArticle === null ? 'failed' : r.isArticle ? 'yes' : 'no';
  return r.goldArticle === null || r.goldArticle === r.isArticle ? judged : `${judged} (gold: ${r.goldArticle ? 'yes' : 'no'})`;
}

/** Ratio figures and target lines for a set of per-page results (jsdom or Chromium). */
export function summarize(results) {
  const withRatios = results.map((r) => ({ ...r, ra: r.analyze / r.readability, rf: r.analyze / r.floor }));
  const bySize = [...withRatios].sort((x, y) => x.bytes - y.bytes);
  const largest = bySize[bySize.length - 1];
  const medianSized = bySize[(bySize.length - 1) >> 1];
  const medianRatio = median(withRatios.map((r) => r.ra));
  const nonArticles = withRatios.filter((r) => r.isArticle === false);
  const worstNonArticle = nonArticles.length ? Math.max(...nonArticles.map((r) => r.ra)) : NaN;
  const sum = (k) => withRatios.reduce((s, r) => s + r[k], 0);
  return {
    rows: bySize,
    largest,
    medianSized,
    medianRatio,
    medianFloorRatio: median(withRatios.map((r) => r.rf)),
    overallRatio: sum('analyze') / sum('readability'),
    overallFloorRatio: sum('analyze') / sum('floor'),
    nonArticles,
    worstNonArticle,
    worst: [...withRatios].sort((x, y) => y.ra - x.ra)[0],
  };
}

export function renderPagesTable(s) {
  return table(
    ['page', 'size', 'nodes', 'article', 'analyze ms', 'Readability ms', 'floor ms', 'analyze/Readability', 'analyze/floor', 'notes'],
    s.rows.map((r) => [
      r.id,
      kb(r.bytes),
      int(r.nodes),
      articleCell(r),
      ms(r.analyze),
      ms(r.readability),
      ms(r.floor),
      ratio(r.ra),
      ratio(r.rf),
      [r.truncated ? 'truncated' : '', r.errors.length ? `${r.errors.length} extractor error(s): ${r.errors[0]}` : ''].filter(Boolean).join('; '),
    ]),
  );
}

export function renderSummary(s, where) {
  const lines = [
    `- median page (median of the per-page ratios): analyze/Readability ${ratio(s.medianRatio)} (target ≤ 1.5: ${verdict(s.medianRatio <= 1.5)}); analyze/floor ${ratio(s.medianFloorRatio)}`,
    `- median-sized page (${s.medianSized.id}, ${kb(s.medianSized.bytes)}): analyze/Readability ${ratio(s.medianSized.ra)}`,
    `- largest page (${s.largest.id}, ${kb(s.largest.bytes)}): analyze/Readability ${ratio(s.largest.ra)} (target ≤ 2.0: ${verdict(s.largest.ra <= 2.0)}); analyze/floor ${ratio(s.largest.rf)}`,
    `- all pages together: analyze/Readability ${ratio(s.overallRatio)}, analyze/floor ${ratio(s.overallFloorRatio)}`,
    `- slowest relative to Readability: ${s.worst.id} (${ratio(s.worst.ra)})`,
  ];
  if (s.nonArticles.length) {
    const list = s.nonArticles.map((r) => `${r.id} ${ratio(r.ra)}`).join(', ');
    lines.push(
      `- pages judged not articles (${s.nonArticles.length}): decision cost / Readability parse: ${list}; worst ${ratio(s.worstNonArticle)} (target ≤ 0.05: ${verdict(s.worstNonArticle <= 0.05)})`,
    );
  } else {
    lines.push(`- no page was judged a non-article ${where}, so the ≤ 5% decision target could not be measured here`);
  }
  return lines.join('\n');
}
