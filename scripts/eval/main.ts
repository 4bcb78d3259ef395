/**
 * npm run eval -- [--split train|dev|test|all] [--verbose] [--only id,…] [--floors]
 * npm run eval -- --quotes polnear|wikinews_de [--split train|dev|test] [--verbose] [--limit N]
 * npm run eval -- --wild DIR [--verbose]
 *
 * Runs the engine in this one process over the labelled corpus (test/corpus/, split by
 * SPLITS.tsv), over the annotated quote corpora (test/quotes-gold/), or over unlabelled pages,
 * and prints each field's figure with the matching rules of ../shared/tools/score.mjs. The last
 * line is every figure as key=value. With --floors, exits 1 when a figure is under its floor in
 * test/corpus/floors.json. Fit on train, read errors on dev, run test at milestones only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS, SPLITS, corpusPages, quoteDocs, runPages, runQuotes, type Split } from './corpus';
import { figureLine, figures, personMatch, totalsReport, type ShownOutcome } from './score-pages';
import { quoteFigures, type QuoteSet } from './score-quotes';
import { runWild, wildPages, wildReport } from './wild';
import { errorCategories } from './categories';

const USAGE = `usage: npm run eval -- [--split train|dev|test|all] [--verbose] [--only id,…] [--floors] [--thresholds]
       npm run eval -- --quotes polnear|wikinews_de [--split train|dev|test] [--verbose] [--limit N]
       npm run eval -- --wild DIR [--verbose]`;

interface Args {
  split: Split | 'all';
  verbose: boolean;
  only: Set<string> | null;
  floors: boolean;
  thresholds: boolean;
  quotes: QuoteSet | null;
  wild: string | null;
  limit: number;
}

function parseArgs(argv: string[]): Args | string {
  const a: Args = { split: 'dev', verbose: false, only: null, floors: false, thresholds: false, quotes: null, wild: null, limit: Infinity };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => argv[++i] ?? '';
    if (arg === '--split') {
      const v = value();
      if (v !== 'all' && !SPLITS.includes(v as Split)) return `--split takes train, dev, test or all, not ${JSON.stringify(v)}`;
      a.split = v as Split | 'all';
    } else if (arg === '--verbose') a.verbose = true;
    else if (arg === '--only') a.only = new Set(value().split(',').filter(Boolean));
    else if (arg === '--floors') a.floors = true;
    else if (arg === '--thresholds') a.thresholds = true;
    else if (arg === '--quotes') {
      const v = value();
      if (v !== 'polnear' && v !== 'wikinews_de') return `--quotes takes polnear or wikinews_de, not ${JSON.stringify(v)}`;
      a.quotes = v;
    } else if (arg === '--wild') a.wild = value();
    else if (arg === '--limit') a.limit = Number(value()) || Infinity;
    else if (arg === '--help' || arg === '-h') return USAGE;
    else return `unknown argument ${JSON.stringify(arg)}\n${USAGE}`;
  }
  if (a.quotes && a.split === 'all') return '--quotes scores one split at a time';
  return a;
}

type Floors = Record<string, Record<string, number>>;
export function shortOfFloors(fig: Record<string, number>, floors: Record<string, number> | undefined): string[] {
  return Object.entries(floors ?? {})
    .filter(([k, v]) => !((fig[k] ?? -Infinity) >= v))
    .map(([k, v]) => `${k} ${fig[k] === undefined ? 'missing' : fig[k].toFixed(3)} < ${v}`);
}
const readFloors = (): Floors => JSON.parse(readFileSync(join(CORPUS, 'floors.json'), 'utf8')) as Floors;

function finish(fig: Record<string, number>, floorKey: string, check: boolean): number {
  const short = check ? shortOfFloors(fig, readFloors()[floorKey]) : [];
  console.log(figureLine(fig) + (short.length ? `  SHORT: ${short.join(', ')}` : ''));
  return short.length ? 1 : 0;
}

/**
 * Precision and coverage if speakers under a confidence threshold were not shown: for choosing the
 * threshold on dev (src/data/attribution-weights.json `threshold`), precision first.
 */
function thresholdTable(outcomes: ShownOutcome[]): string[] {
  const lines = ['threshold  shown  right  precision  speaker accuracy (labelled speakers)'];
  const labelled = outcomes.filter((o) => o.gold).length;
  for (const t of [0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    const shown = outcomes.filter((o) => o.predicted && o.confidence >= t);
    const right = shown.filter((o) => o.gold && personMatch(o.predicted, o.gold)).length;
    lines.push(`${t.toFixed(1).padStart(9)}  ${String(shown.length).padStart(5)}  ${String(right).padStart(5)}  ${((100 * right) / (shown.length || 1)).toFixed(1).padStart(8)}%  ${((100 * right) / (labelled || 1)).toFixed(1)}%`);
  }
  return lines;
}

function main(argv: string[]): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    (args === USAGE ? console.log : console.error)(args);
    return args === USAGE ? 0 : 2;
  }
  if (args.split === 'test' || args.split === 'all') console.error('(the test split: report it at milestones, never tune on its misses)');

  if (args.wild) {
    const stats = runWild(wildPages(args.wild));
    for (const line of wildReport(stats, args.verbose)) console.log(line);
    return stats.failures.length ? 1 : 0;
  }

  if (args.quotes) {
    const split = args.split as Split;
    const docs = quoteDocs(args.quotes, split).slice(0, args.limit);
    const t0 = performance.now();
    const run = runQuotes(docs);
    if (args.verbose)
      for (const r of run.results) {
        const wrong = r.speakers.filter((s) => !s.ok);
        if (r.missed || wrong.length) console.log(`${r.id}: missed ${r.missed}${wrong.length ? `; speakers ${wrong.map((s) => `${JSON.stringify(s.predicted)}≠${JSON.stringify(s.gold)}`).join(', ')}` : ''}`);
      }
    const t = run.totals;
    const fig = quoteFigures(t);
    const pct = (x: number) => (100 * x).toFixed(1);
    console.log(`${args.quotes} ${split}: ${t.docs} texts, ${t.tp + t.fn} direct quotes, ${t.predicted} predicted (${t.partialEmitted} marked partial), ${t.failed} failed, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    console.log(`direct quotes P/R/F1 ${pct(fig.quoteP!)} / ${pct(fig.quoteR!)} / ${pct(fig.quoteF1!)}; speaker ${pct(fig.speaker!)}% (${t.speakerOk}/${t.speakerN}); shown speakers right ${pct(fig.speakerPrecision!)}% (${t.shownOk}/${t.shown})`);
    return finish(fig, `${args.quotes}-${split}`, args.floors);
  }

  const pages = corpusPages(args.split).filter((p) => !args.only || args.only.has(p.id));
  const run = runPages(pages);
  if (args.verbose) {
    for (const r of run.results) console.log(`${r.id.padEnd(34)} ${r.misses.length ? r.misses.join('; ') : 'ok'}`);
    console.log('');
    for (const line of errorCategories(run.results)) console.log(line);
    console.log('');
  }
  if (args.thresholds) for (const line of thresholdTable(run.results.flatMap((r) => r.shown))) console.log(line);
  const sorted = [...run.ms].sort((a, b) => a - b);
  console.log(`split ${args.split}: ${pages.length} pages, median ${sorted.length ? sorted[sorted.length >> 1]!.toFixed(0) : '-'} ms a page`);
  for (const line of totalsReport(run.totals)) console.log(line);
  return finish(figures(run.totals), args.split, args.floors);
}

process.exitCode = main(process.argv.slice(2));
